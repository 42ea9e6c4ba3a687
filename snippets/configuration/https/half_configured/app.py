import streamlit as st  # never runs: the server exits before any session

st.title("Payroll")  # never runs
