import streamlit as st

st.session_state.setdefault("unpickled", 0)


class Table:
    def __init__(self, rows):
        self.rows = rows

    def __setstate__(self, state):  # pickle calls this when it rebuilds a copy
        st.session_state.unpickled += 1
        self.__dict__.update(state)


@st.cache_data
def load_table():
    return Table(list(range(5)))


for _ in range(3):  # one miss, then two hits
    load_table()
st.write(f"Table rebuilt from pickle {st.session_state.unpickled} times")
