import streamlit as st

st.session_state.runs = st.session_state.get("runs", 0) + 1

st.write(f"Last result: {st.session_state.get('fahrenheit')}")

with st.form("converter"):
    celsius = st.number_input("Celsius", value=0.0)
    convert = st.form_submit_button("Convert")

if convert:
    st.session_state.fahrenheit = celsius * 9 / 5 + 32
    # Start over at once, so the line above the form shows the new result.
    st.rerun()

st.write(f"Runs: {st.session_state.runs}")
