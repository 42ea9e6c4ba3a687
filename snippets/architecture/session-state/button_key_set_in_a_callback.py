import streamlit as st


def start_over():
    # Runs first in the run that the click starts, before both buttons are drawn.
    st.session_state.delete_all = False


st.button("Start over", on_click=start_over)
# After a click on "Start over", this raises: its key was assigned in this run.
st.button("Delete everything", key="delete_all")
