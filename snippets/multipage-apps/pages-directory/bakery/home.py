import streamlit as st

st.title("Bakery")
st.write("Pick a page in the sidebar.")
