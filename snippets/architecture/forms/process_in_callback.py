import streamlit as st


def convert():
    # Read the submitted value by its key: it is already updated here.
    st.session_state.fahrenheit = st.session_state.celsius * 9 / 5 + 32


# The callback ran before this line, so the result is current.
if "fahrenheit" in st.session_state:
    st.write(f"Result: {st.session_state.fahrenheit:.1f} °F")

with st.form("converter"):
    st.number_input("Celsius", value=0.0, key="celsius")
    st.form_submit_button("Convert", on_click=convert)
