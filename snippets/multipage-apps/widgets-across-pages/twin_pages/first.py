import streamlit as st

# The same widget, with the same key, as on second.py.
st.number_input("Cups", 1, 9, key="cups")
