import streamlit as st

note = st.toast("Saving your draft")
note.toast("Draft saved")  # the same toast, new text
