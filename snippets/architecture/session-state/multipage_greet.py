import streamlit as st

st.write(f"Hello, {st.session_state.get('user', 'stranger')}!")
