import streamlit as st

st.slider("Volume", 0, 100, 30, key="volume")

# The slider's current value, read through its key.
st.write(f"Volume is {st.session_state.volume}")
