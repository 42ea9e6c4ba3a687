import streamlit as st

# Written before the form, from what the previous run stored.
st.write(f"Last result: {st.session_state.get('fahrenheit')}")

with st.form("converter"):
    celsius = st.number_input("Celsius", value=0.0)
    convert = st.form_submit_button("Convert")

if convert:
    # Too late for the line above: it has already been drawn in this run.
    st.session_state.fahrenheit = celsius * 9 / 5 + 32
