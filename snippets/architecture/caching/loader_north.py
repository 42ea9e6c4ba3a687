import streamlit as st


@st.cache_data
def load():
    return __name__
