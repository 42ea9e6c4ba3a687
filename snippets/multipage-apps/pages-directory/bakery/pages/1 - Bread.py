import streamlit as st

st.header("Bread")
