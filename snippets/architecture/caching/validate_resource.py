import streamlit as st

st.session_state.setdefault("opened", 0)


def still_open(connection):
    return not connection["closed"]


@st.cache_resource(validate=still_open)
def connect():
    st.session_state.opened += 1
    return {"closed": False}


connection = connect()
if st.button("Close the connection"):
    connection["closed"] = True  # the next call finds it invalid and reconnects
st.write(f"Connections opened: {st.session_state.opened}")
