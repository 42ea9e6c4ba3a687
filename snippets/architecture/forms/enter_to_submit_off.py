import streamlit as st

st.session_state.runs = st.session_state.get("runs", 0) + 1

# Enter no longer submits: only a click on the submit button does.
with st.form("contact", enter_to_submit=False):
    name = st.text_input("Name")
    st.form_submit_button("Save")

st.button("Refresh")
st.write(f"Run {st.session_state.runs}: name={name!r}")
