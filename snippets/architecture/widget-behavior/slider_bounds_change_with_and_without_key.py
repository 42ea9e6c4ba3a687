import streamlit as st

bottom = st.number_input("Lowest level", 0, 3, key="bottom")
top = st.number_input("Highest level", 10, 20, key="top")
step = st.number_input("Step", 1, 2, key="step")

plain = st.slider("Level", bottom, top, step=step)
keyed = st.slider("Level (keyed)", bottom, top, step=step, key="level")

st.write(f"Without key: {plain}, with key: {keyed}")
