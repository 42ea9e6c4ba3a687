import streamlit as st

# Meant as "not clicked yet", but assigned in the run that draws the button.
st.session_state["delete_all"] = False

# Raises: a button's value is read-only in session state.
st.button("Delete everything", key="delete_all")
