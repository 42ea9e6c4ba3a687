import streamlit as st

# Read the buttons through their keys BEFORE the text input is drawn.
# .get(): a button's key is missing until that button has been drawn once.
if st.session_state.get("clear"):
    st.session_state.query = ""
if st.session_state.get("example"):
    st.session_state.query = "red shoes"

st.text_input("Search", key="query")
st.button("Clear", key="clear")
st.button("Example", key="example")
