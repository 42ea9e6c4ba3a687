import streamlit as st

st.header("Checkout")
st.write(f"Cups: {st.session_state.cups}")
