import streamlit as st

st.header("Pies")
