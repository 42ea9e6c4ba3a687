import streamlit as st

st.header("Checkout")
st.write(f"Cups: {st.session_state.get('cups')}")
st.write(f"Currency: {st.session_state.currency}")
st.write(f"Language: {st.session_state.language}")
