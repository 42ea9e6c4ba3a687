import streamlit as st

st.header("Menu")
st.write("Sencha, oolong, chai.")
