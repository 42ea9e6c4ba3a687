import streamlit as st

clicked = st.button("Refresh")
agreed = st.checkbox("I agree")
size = st.selectbox("Size", ["Small", "Medium", "Large"])
volume = st.slider("Volume", 0, 11)
note = st.text_input("Note")

st.write(repr((clicked, agreed, size, volume, note)))
