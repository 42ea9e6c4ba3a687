import streamlit as st

st.header("Cakes")
