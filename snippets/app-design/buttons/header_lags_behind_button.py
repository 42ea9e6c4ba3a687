import streamlit as st

st.session_state.setdefault("city", "Lima")

st.header(st.session_state.city)  # drawn before the buttons run

if st.button("Oslo"):
    st.session_state.city = "Oslo"
if st.button("Lima"):
    st.session_state.city = "Lima"

st.header(st.session_state.city)  # drawn after them
