import streamlit as st


@st.cache_data(experimental_allow_widgets=True)  # the 2024 docs' parameter
def pick_rows():  # never runs: the decorator call above raises TypeError
    return st.slider("Rows", 1, 10, 3)


st.write(pick_rows())  # never runs: the decorator call raises first
