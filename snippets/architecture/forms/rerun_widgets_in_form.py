import streamlit as st

st.session_state.runs = st.session_state.get("runs", 0) + 1

with st.form("settings"):
    name = st.text_input("Name", "guest")
    # An expander, tabs or popover with on_change="rerun" is not held by the form.
    advanced = st.expander("Advanced", on_change="rerun")
    basic, extra = st.tabs(["Basic", "Extra"], on_change="rerun")
    tips = st.popover("Tips", on_change="rerun")
    st.form_submit_button("Apply")

st.write(
    f"Run {st.session_state.runs}: {name=}, "
    f"advanced={advanced.open}, extra={extra.open}, tips={tips.open}"
)
