import streamlit as st

# "nickname" was never assigned in this session.
st.write(st.session_state["nickname"])
