import streamlit as st

st.title("Bakery")
st.write("Every word here is in the bakery's own font.")
