import streamlit as st

st.header("Cookies")
