import streamlit as st

top = st.slider("Most guests allowed", 5, 20, value=20, key="top")

guests = st.number_input("Guests", 1, top, value=2, key="guests")

st.write(f"Guests: {guests}")
