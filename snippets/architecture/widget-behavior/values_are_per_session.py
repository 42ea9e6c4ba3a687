import streamlit as st

name = st.text_input("Your name")

if st.button("Greet me"):
    st.write(f"Hello, {name or 'stranger'}!")
