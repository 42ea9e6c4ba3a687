import streamlit as st

st.session_state.runs = st.session_state.get("runs", 0) + 1

with st.form("contact"):
    name = st.text_input("Name")
    age = st.number_input("Age", value=30)
    note = st.text_area("Note")
    saved = st.form_submit_button("Save")

st.write(
    f"Run {st.session_state.runs}: saved={saved}, "
    f"name={name!r}, age={age}, note={note!r}"
)
