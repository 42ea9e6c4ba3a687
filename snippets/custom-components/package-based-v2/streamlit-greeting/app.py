import streamlit as st
from streamlit_greeting import greeting

waves = greeting("Ada", key="hello")
st.write(f"waves: {waves}")
