import streamlit as st

top = st.number_input("Highest level", 10, 20, key="top")

plain = st.slider("Level", 0, top)
keyed = st.slider("Level (keyed)", 0, top, key="level")

st.write(f"Without key: {plain}, with key: {keyed}")
