import streamlit as st

with st.form("party"):
    guests = st.number_input("Guests", 1, 20, 2)
    # The slider's range depends on the number input above it.
    drivers = st.slider("Drivers", 0, guests)
    st.form_submit_button("Plan")
