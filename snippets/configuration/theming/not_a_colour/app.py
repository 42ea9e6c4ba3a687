import streamlit as st

st.button("Order", type="primary")
