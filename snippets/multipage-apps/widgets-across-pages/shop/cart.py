import streamlit as st

st.header("Cart")
st.number_input("Cups", 1, 9, key="cups")  # drawn on this page only
if st.button("Check out"):
    st.switch_page("checkout.py")
