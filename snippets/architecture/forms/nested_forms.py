import streamlit as st

with st.form("outer"):
    st.form_submit_button("Outer")
    inner = st.form("inner")  # raises: a form inside a form
