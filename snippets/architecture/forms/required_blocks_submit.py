import streamlit as st

st.session_state.runs = st.session_state.get("runs", 0) + 1

with st.form("signup"):
    # required=True: the browser refuses to submit while this box is empty.
    email = st.text_input("Email", required=True)
    sent = st.form_submit_button("Sign up")

st.button("Refresh")
st.write(f"Run {st.session_state.runs}: {sent=}, {email=}")
