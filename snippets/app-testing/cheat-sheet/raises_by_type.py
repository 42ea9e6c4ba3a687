"""A script that fails: AppTest records the error, it does not raise it."""

import streamlit as st

limits = {"daily": 10}
st.write("Before the error")
st.write(limits["weekly"])
st.write("After the error")  # never runs: the line above raises KeyError
