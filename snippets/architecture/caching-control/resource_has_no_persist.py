import streamlit as st


@st.cache_resource(persist="disk")
def connection():  # never runs: the decorator rejects `persist`
    return object()


connection()  # never runs: the decorator above fails first
