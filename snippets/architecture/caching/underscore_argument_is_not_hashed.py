import streamlit as st

runs = st.session_state.setdefault("runs", 0)


@st.cache_data
def greeting(_client, name):
    st.session_state.runs += 1
    return f"Hello {name}, from {_client}"


st.write(greeting("client A", "Ada"))
st.write(greeting("client B", "Ada"))  # only `name` is in the key: a hit
st.write(greeting("client B", "Bob"))
st.write(f"greeting ran {st.session_state.runs} times")
