import streamlit as st

conn = st.connection("nowhere", type="sql")  # no secrets, no keyword arguments
st.write("connected")  # never runs: st.connection raises first
