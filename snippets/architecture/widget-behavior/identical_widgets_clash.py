import streamlit as st

st.button("Save")
st.button("Save")  # Same type, same parameters: Streamlit cannot tell them apart.
