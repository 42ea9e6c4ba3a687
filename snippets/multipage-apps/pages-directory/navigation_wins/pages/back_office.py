import streamlit as st

# Runs only for a /back_office request that comes before any run of app.py.
st.header("Back office")
