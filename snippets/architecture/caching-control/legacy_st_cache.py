import streamlit as st


@st.cache  # the pre-1.18 decorator
def load_prices():  # never runs: `st.cache` is looked up first and is gone
    return [3.5, 4.0]


st.write(load_prices())  # never runs: the decorator line fails first
