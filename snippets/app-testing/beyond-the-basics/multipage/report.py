import streamlit as st

st.text(f"report page, word: {st.session_state.get('word', 'none')}")
