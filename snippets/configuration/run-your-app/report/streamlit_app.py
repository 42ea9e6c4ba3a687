import sys

import streamlit as st

st.title("Sales report")
st.text(f"Arguments: {sys.argv[1:]}")
st.text(f"Script: {sys.argv[0]}")
