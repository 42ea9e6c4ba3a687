import streamlit as st

if "speed" not in st.session_state:
    st.session_state.speed = 7

# A default value *and* a Session State value for the same widget.
speed = st.slider("Speed", 0, 10, value=3, key="speed")

st.write(f"Speed: {speed}")
