from pathlib import Path

import streamlit as st

note = st.text_input("Note")
if st.button("Save") and note:
    # A relative path is relative to where `streamlit run` was started.
    with open("notes.txt", "a") as notes:
        notes.write(note + "\n")
    st.write(f"Saved to {Path('notes.txt').resolve()}")
