import streamlit as st


@st.fragment(run_every="every minute")  # not a duration pandas can read
def clock():
    st.write("Tick")  # never runs: the call fails before the body starts


st.write("Clock defined")  # the definition above raised nothing
clock()
