import streamlit as st

st.session_state.setdefault("clicks", 0)  # lives in the server's memory

if st.button("Add one"):
    st.session_state.clicks += 1

st.write(f"Clicks: {st.session_state.clicks}")
