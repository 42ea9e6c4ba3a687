import streamlit as st

st.title("Tip calculator")
bill = st.number_input("Bill", min_value=0.0, value=40.0, key="bill")
percent = st.slider("Tip %", 0, 30, 15, key="percent")
st.write(f"Tip: {bill * percent / 100:.2f}")
