import streamlit as st

st.text("main page")
st.session_state.greeting = "hi from main"
