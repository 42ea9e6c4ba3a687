import streamlit as st

if st.button("I am Ada"):
    st.session_state.user = "Ada"
