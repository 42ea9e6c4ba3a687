import streamlit as st

notes = st.container()


@st.fragment
def note_taker():
    st.write("Note taker")
    if st.button("Add note"):
        notes.write("A note from the fragment")


note_taker()
