import streamlit as st

with st.status("Parsing the upload"):
    st.write("Reading line 1")
    raise ValueError("line 2 is not a number")
