import streamlit as st

st.session_state.runs = st.session_state.get("runs", 0) + 1

# Enter is turned off for the whole form.
with st.form("contact", enter_to_submit=False):
    name = st.text_input("Name")
    st.form_submit_button("Save")

# Enter would press the first submit button, and that one is disabled.
with st.form("newsletter"):
    email = st.text_input("Email")
    st.form_submit_button("Join", disabled=True)
    st.form_submit_button("Later")

st.button("Refresh")
st.write(f"Run {st.session_state.runs}: {name=}, {email=}")
