import streamlit as st  # never runs: st.navigation in app.py lists no such page

st.header("Back office")  # never runs
