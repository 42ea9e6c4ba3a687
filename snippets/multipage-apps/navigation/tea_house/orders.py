import streamlit as st

st.header("Orders")
cups = st.number_input("Cups", 1, 9, key="cups")
st.write(f"{cups} cups ordered")
