import streamlit as st


@st.cache  # the 2024 docs' deprecated decorator
def price_list():  # never runs: looking up st.cache raises first
    return ["bread", "rolls"]


st.write(price_list())  # never runs: the decorator line raises first
