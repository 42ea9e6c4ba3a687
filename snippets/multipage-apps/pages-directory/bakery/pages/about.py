import streamlit as st

st.header("About us")
