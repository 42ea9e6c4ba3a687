import streamlit as st

st.session_state.setdefault("runs", 0)
st.session_state.runs += 1  # one more on every run of this session
st.title("Bakery orders")
st.write(f"Runs in this session: {st.session_state.runs}")
