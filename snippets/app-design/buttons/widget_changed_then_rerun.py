import streamlit as st

st.text_input("Search", key="query")

if st.button("Clear"):
    st.session_state.query = ""  # raises, like any write after the widget
    st.rerun()  # never runs
