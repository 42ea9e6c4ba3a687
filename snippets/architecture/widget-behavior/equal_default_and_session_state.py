import streamlit as st

st.session_state.speed = 3

# The same value twice: as the default and through Session State.
speed = st.slider("Speed", 0, 10, value=3, key="speed")

st.write(f"Speed: {speed}")
