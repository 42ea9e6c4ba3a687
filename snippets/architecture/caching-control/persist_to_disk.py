import os

import streamlit as st


@st.cache_data(persist="disk")
def yearly_report(year):
    return {"year": year, "pid": os.getpid()}  # the process that computed it


report = yearly_report(2024)
st.write(f"Computed by process {report['pid']}")
st.write(f"This server is process {os.getpid()}")
