import streamlit as st

st.session_state.setdefault("runs", 0)


@st.cache_data
def pick_rows():
    st.session_state.runs += 1
    return st.slider("Rows", 1, 10, 3)  # a widget inside a cached function


rows = pick_rows()
st.write(f"rows = {rows}, pick_rows ran {st.session_state.runs} times")
