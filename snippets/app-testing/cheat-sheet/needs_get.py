"""Elements with no AppTest accessor: find them with at.get("<type>")."""

import streamlit as st

st.audio(b"", format="audio/wav")
st.video("https://example.com/clip.mp4")
st.bar_chart({"n": [1, 3, 2]})
st.map()
