import streamlit as st

runs = {"cached": 0}


def slow_total(n=200_000):
    total = 0
    for i in range(n):  # a bounded CPU loop: the same work every time
        total = (total + i * i) % 1_000_003
    return total


@st.cache_data
def slow_total_cached(n=200_000):
    runs["cached"] += 1
    return slow_total(n)
