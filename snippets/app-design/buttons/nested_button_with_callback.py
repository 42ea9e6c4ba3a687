import streamlit as st

st.session_state.setdefault("files", 3)


def delete_all():
    st.session_state.files = 0


if st.button("Delete all files"):
    st.warning("Are you sure?")
    # The callback runs before the script, so the outer button's False
    # on this run does not stop it.
    st.button("Yes, delete", on_click=delete_all)

st.write(f"Files left: {st.session_state.files}")
