import streamlit as st


def remember(value):
    st.session_state.received = value


with st.form("converter"):
    celsius = st.number_input("Celsius", value=0.0)
    # `celsius` is the value from the run that drew this button, not the new one.
    st.form_submit_button("Convert", on_click=remember, args=(celsius,))

st.write(f"Callback received: {st.session_state.get('received')}")
