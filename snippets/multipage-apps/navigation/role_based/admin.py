import streamlit as st

st.header("Admin")
st.write("Only an admin's navigation lists this page.")
