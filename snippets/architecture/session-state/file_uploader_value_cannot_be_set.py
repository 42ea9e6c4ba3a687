import streamlit as st

st.session_state.setdefault("report", None)

# Raises: an uploader's value is read-only in session state.
st.file_uploader("Report", key="report")
