import streamlit as st

if st.button("Preset a fast speed"):
    st.session_state.speed = 7  # No widget holds "speed" yet.

if st.toggle("Show the speed"):
    speed = st.slider("Speed", 0, 10, value=3, key="speed")
    st.write(f"Speed: {speed}")
