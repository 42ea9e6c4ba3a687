import streamlit as st

# Reserve a spot above the form for the result.
result_area = st.container()

with st.form("converter"):
    celsius = st.number_input("Celsius", value=0.0)
    convert = st.form_submit_button("Convert")

# Runs once, on the rerun that the submit button starts.
if convert:
    result_area.write(f"{celsius:.1f} °C = {celsius * 9 / 5 + 32:.1f} °F")
