import streamlit as st

if "clicks" not in st.session_state:
    st.session_state.clicks = 0  # only on the session's first run

if st.button("Add one"):
    st.session_state.clicks += 1

st.write(f"Clicks: {st.session_state.clicks}")
