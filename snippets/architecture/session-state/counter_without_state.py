import streamlit as st

clicks = 0  # a plain variable: set back to 0 on every rerun

if st.button("Add one"):
    clicks += 1

st.write(f"Clicks: {clicks}")
