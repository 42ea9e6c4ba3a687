import streamlit as st

st.title("Sales report")
st.write(1 / 0)  # a bug the server cannot see until the script runs
