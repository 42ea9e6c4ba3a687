import streamlit as st

st.text_input("Search", key="query")

# Wrong: by now the text input exists on this run, so its key is locked.
if st.button("Clear"):
    st.session_state.query = ""
