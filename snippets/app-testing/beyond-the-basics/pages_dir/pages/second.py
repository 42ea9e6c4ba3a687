import streamlit as st

st.text(f"second page: {st.session_state.get('greeting', 'nothing')}")
