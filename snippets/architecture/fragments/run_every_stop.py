import streamlit as st

st.session_state.setdefault("app_runs", 0)
st.session_state.app_runs += 1
st.write(f"App runs: {st.session_state.app_runs}")
live = st.toggle("Live", value=True)  # outside the fragment: a full rerun


@st.fragment(run_every=0.5 if live else None)
def clock():
    st.session_state.setdefault("ticks", 0)
    st.session_state.ticks += 1
    st.write(f"Clock ticks: {st.session_state.ticks}")


@st.fragment(run_every=0.5)
def heartbeat():  # always on: shows that time goes by
    st.session_state.setdefault("beats", 0)
    st.session_state.beats += 1
    st.write(f"Heartbeats: {st.session_state.beats}")


clock()
heartbeat()
