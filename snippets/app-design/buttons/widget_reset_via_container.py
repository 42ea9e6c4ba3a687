import streamlit as st

top = st.container()  # reserves the first slot on the page

if st.button("Clear"):
    st.session_state.query = ""
if st.button("Example"):
    st.session_state.query = "red shoes"

# Created last in the script, yet shown first on the page.
top.text_input("Search", key="query")
