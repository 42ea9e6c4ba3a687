import streamlit as st

st.progress(1, text="1 is an int: 1 %")
st.progress(1.0, text="1.0 is a float: 100 %")
st.progress(0.999, text="0.999 is cut to 99 %, not rounded")
