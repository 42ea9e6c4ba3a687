import streamlit as st  # never runs: a name starting with "." is not a page

st.header("Draft")  # never runs
