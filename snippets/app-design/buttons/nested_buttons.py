import streamlit as st

st.session_state.setdefault("files", 3)

if st.button("Delete all files"):
    st.warning("Are you sure?")
    # The confirm click starts a run in which "Delete all files" is False,
    # so this button is not drawn and its branch is never entered.
    if st.button("Yes, delete"):
        st.session_state.files = 0  # never runs

st.write(f"Files left: {st.session_state.files}")
