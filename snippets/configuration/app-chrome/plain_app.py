import streamlit as st

st.title("Bakery orders")
