from datetime import timedelta

import streamlit as st

st.session_state.setdefault("app_runs", 0)
st.session_state.app_runs += 1
st.write(f"App runs: {st.session_state.app_runs}")


def counter(name):
    st.session_state.setdefault(name, 0)
    st.session_state[name] += 1
    st.write(f"{name}: {st.session_state[name]}")


@st.fragment(run_every=1)
def every_int():
    counter("int seconds")


@st.fragment(run_every=0.5)
def every_float():
    counter("float seconds")


@st.fragment(run_every=timedelta(milliseconds=500))
def every_timedelta():
    counter("timedelta")


@st.fragment(run_every="500ms")
def every_string():
    counter("string")


every_int()
every_float()
every_timedelta()
every_string()
