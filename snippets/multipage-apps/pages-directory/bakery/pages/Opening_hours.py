import streamlit as st

st.header("Opening hours")
