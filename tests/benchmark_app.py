"""A minimal app for timing one browser claim (tests/test_harness_benchmark.py)."""

import streamlit as st

st.session_state.setdefault("clicks", 0)
if st.button("Click"):
    st.session_state.clicks += 1
st.write(f"Clicks: {st.session_state.clicks}")
