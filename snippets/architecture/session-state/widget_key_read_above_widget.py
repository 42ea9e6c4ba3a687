import streamlit as st

# Too early: the slider below has not stored a value under its key yet.
st.write(f"Brightness is {st.session_state['brightness']}")
st.slider("Brightness", 0, 10, 4, key="brightness")
