import streamlit as st
from rating import star_rating

# Changing the scale changes both components' arguments.
scale = st.radio("Scale", [5, 10], horizontal=True)
with_key = star_rating("With a key", max_stars=scale, key="soup")
without_key = star_rating("Without a key", max_stars=scale)
st.write(f"With a key: {with_key}")
st.write(f"Without a key: {without_key}")
