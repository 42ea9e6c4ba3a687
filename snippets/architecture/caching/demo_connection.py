from streamlit.connections import BaseConnection


class DemoConnection(BaseConnection[dict]):
    opened = 0  # how many times a connection was really opened

    def _connect(self, **kwargs):
        DemoConnection.opened += 1
        return {"rows": [1, 2, 3]}
