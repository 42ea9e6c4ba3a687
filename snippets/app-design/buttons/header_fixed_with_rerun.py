import streamlit as st

st.session_state.setdefault("city", "Lima")
st.session_state.setdefault("runs", 0)
st.session_state.runs += 1

st.header(st.session_state.city)

if st.button("Oslo"):
    st.session_state.city = "Oslo"
    st.rerun()  # start over, so the header above sees the change
if st.button("Lima"):
    st.session_state.city = "Lima"
    st.rerun()

st.header(st.session_state.city)
