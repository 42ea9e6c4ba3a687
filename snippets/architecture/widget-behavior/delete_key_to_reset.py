import streamlit as st


def delete_the_key():
    del st.session_state.note


def empty_the_key():
    st.session_state.note = ""


st.text_input("Note", key="note")
st.button("Delete the key", on_click=delete_the_key)
st.button("Set the key to an empty string", on_click=empty_the_key)
st.button("Rerun")

st.write(f"The script gets: {st.session_state.note!r}")
