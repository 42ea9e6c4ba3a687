import streamlit as st

st.session_state.setdefault("confirm", True)

# Raises: a button's value is read-only in session state.
st.button("Confirm", key="confirm")
