import streamlit as st

st.form_submit_button("Submit")  # not inside any st.form
