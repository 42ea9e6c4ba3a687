import streamlit as st

st.session_state.setdefault("visits", 0)
st.session_state.visits += 1
st.text(f"visits: {st.session_state.visits}")
