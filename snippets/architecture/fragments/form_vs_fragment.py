import streamlit as st

st.session_state.setdefault("app_runs", 0)
st.session_state.app_runs += 1
st.write(f"App runs: {st.session_state.app_runs}")

with st.form("signup"):
    st.text_input("Form name", key="form_name")
    st.form_submit_button("Submit")


@st.fragment
def live_preview():
    st.write(f"Form name seen: {st.session_state.form_name}")
    st.text_input("Live name", key="live_name")
    st.write(f"Live name seen: {st.session_state.live_name}")


live_preview()
