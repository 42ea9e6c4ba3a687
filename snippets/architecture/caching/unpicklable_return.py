import threading

import streamlit as st


@st.cache_resource
def shared_lock():
    return threading.Lock()  # not picklable: fine for cache_resource


@st.cache_data
def data_lock():
    return threading.Lock()  # cache_data must pickle it, and cannot


st.write(f"cache_resource returned {type(shared_lock()).__name__}")
data_lock()
st.write("never shown")  # never runs: data_lock() raises first
