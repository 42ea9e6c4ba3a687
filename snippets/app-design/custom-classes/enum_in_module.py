import streamlit as st
from planets import Planet  # imported once: one Planet class for the session

home = st.selectbox("Where do you live?", Planet, index=None)

if home == Planet.EARTH:
    st.write("Welcome home, earthling!")
