import streamlit as st

with st.form("order"):
    st.form_submit_button("Order")
    st.button("Add to cart")  # raises: only submit buttons belong in a form
