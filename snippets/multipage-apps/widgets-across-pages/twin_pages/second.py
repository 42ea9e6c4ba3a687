import streamlit as st

# The same widget, with the same key, as on first.py.
st.number_input("Cups", 1, 9, key="cups")
