import streamlit as st
from rating import star_rating

st.session_state.runs = st.session_state.get("runs", 0) + 1
stars = star_rating("How was the soup?", key="soup")
st.write(f"Stars: {stars}")
st.write(f"Script runs: {st.session_state.runs}")
