import streamlit as st

locked = st.toggle("Lock the form")

# No key: the widget's identity comes from its parameters.
name = st.text_input(
    "Name",
    disabled=locked,
    label_visibility="collapsed" if locked else "visible",
)

st.write(f"Name: {name}")
