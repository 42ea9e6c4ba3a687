import streamlit as st

st.header("Dashboard")
