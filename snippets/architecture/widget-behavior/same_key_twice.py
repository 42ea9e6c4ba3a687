import streamlit as st

st.checkbox("Email me", key="notify")
st.toggle("Text me", key="notify")  # A key may be used by one widget only.
