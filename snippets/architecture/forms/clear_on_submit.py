import streamlit as st

st.session_state.runs = st.session_state.get("runs", 0) + 1

# After each submit, the browser resets the form's widgets to their defaults.
with st.form("message", clear_on_submit=True):
    text = st.text_input("Message")
    urgent = st.checkbox("Urgent")
    st.form_submit_button("Send")

st.button("Refresh")
st.write(f"Run {st.session_state.runs}: text={text!r}, urgent={urgent}")
