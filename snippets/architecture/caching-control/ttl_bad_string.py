import streamlit as st


@st.cache_data(ttl="ten minutes")  # not a pandas.Timedelta string
def rates():  # never runs: the decorator fails before the function exists
    return 1.08


st.write(rates())  # never runs: the decorator above fails first
