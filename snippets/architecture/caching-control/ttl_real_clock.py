import streamlit as st


@st.cache_resource
def fetch_count():
    return {"n": 0}  # survives reruns, so it counts every fetch


@st.cache_data(ttl=1)  # one second
def latest_rate():
    fetch_count()["n"] += 1
    return 1.08


@st.fragment(run_every=0.5)  # asks for the rate twice a second
def rate_board():
    latest_rate()
    st.write(f"Fetches: {fetch_count()['n']}")


rate_board()
