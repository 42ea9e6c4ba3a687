import streamlit as st

st.session_state.runs = st.session_state.get("runs", 0) + 1

# No st.form_submit_button: nothing can ever send this form.
with st.form("forgotten"):
    city = st.text_input("City", "Oslo")

st.button("Refresh")
st.write(f"Run {st.session_state.runs}: {city}")
