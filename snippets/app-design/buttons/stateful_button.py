import streamlit as st

st.session_state.setdefault("opened", False)


def open_details():
    st.session_state.opened = True


st.button("Show details", on_click=open_details)

if st.session_state.opened:
    # Stays on the page, and the slider stays usable, after later reruns.
    st.write("Details are open.")
    st.slider("Zoom", 1, 10, key="zoom")
