import streamlit as st
from soup_rating import soup_rating

# A user's app: it imports the package like any other installed one.
stars = soup_rating("How was the soup?", key="soup")
st.write(f"Stars: {stars}")
