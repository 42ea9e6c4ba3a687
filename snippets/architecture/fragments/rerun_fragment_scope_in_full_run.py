import streamlit as st

st.session_state.setdefault("ticks", 0)


@st.fragment
def ticker():
    st.session_state.ticks += 1
    if st.session_state.ticks < 3:
        st.rerun(scope="fragment")


ticker()
