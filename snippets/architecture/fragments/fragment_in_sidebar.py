import streamlit as st

st.session_state.setdefault("app_runs", 0)
st.session_state.app_runs += 1
st.write(f"App runs: {st.session_state.app_runs}")


@st.fragment
def filters():
    st.checkbox("Only open tickets", key="only_open")
    st.write("Showing open tickets" if st.session_state.only_open else "Showing all")


with st.sidebar:
    filters()
