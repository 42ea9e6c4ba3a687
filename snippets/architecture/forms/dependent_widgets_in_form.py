import streamlit as st

st.session_state.runs = st.session_state.get("runs", 0) + 1

with st.form("party"):
    guests = st.number_input("Guests", 1, 20, 2)
    # The slider's range depends on the number input above it.
    drivers = st.slider("Drivers", 0, guests)
    st.form_submit_button("Plan")

st.button("Refresh")
st.write(f"Run {st.session_state.runs}: up to {guests} drivers")
