import streamlit as st

st.text("home page")
if st.button("Pick balloons"):
    st.session_state.word = "balloons"
