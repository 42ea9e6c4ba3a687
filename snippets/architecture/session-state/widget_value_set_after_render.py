import streamlit as st

st.text_input("City", key="city")

# Too late: the widget with this key is already drawn in this run.
st.session_state.city = "Lisbon"
