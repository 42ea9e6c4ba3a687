import streamlit as st

notes = st.container()


@st.fragment
def note_taker():
    st.write("Note taker")
    slot = notes.empty()  # written on every run, so the position is reserved
    if st.button("Add note"):
        slot.write("A note from the fragment")


note_taker()
