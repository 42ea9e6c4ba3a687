import time

import streamlit as st


@st.cache_resource
def run_count():
    return {"n": 0}  # survives reruns, so it counts every run of the function


@st.cache_data(persist="disk", ttl=1)  # ttl: one second
def yearly_report(year):
    run_count()["n"] += 1
    return {"year": year, "stored": time.monotonic()}


@st.fragment(run_every=0.5)  # asks for the report twice a second
def report_board():
    report = yearly_report(2024)
    st.write(f"Runs: {run_count()['n']}")
    if time.monotonic() - report["stored"] > 2:
        st.write("This entry is older than twice its ttl")


report_board()
