import streamlit as st


@st.fragment
def filters():
    st.checkbox("Only open tickets")


with st.sidebar:
    filters()
