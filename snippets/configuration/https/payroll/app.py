import streamlit as st

st.title("Payroll")
st.write(f"This page came from {st.context.url}")
