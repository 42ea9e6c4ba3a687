import streamlit as st

st.header("Cart")
st.number_input("Cups", 1, 9, key="cups")  # drawn on this page only
