import streamlit as st

st.session_state.setdefault("app_runs", 0)
st.session_state.app_runs += 1
st.write(f"App runs: {st.session_state.app_runs}")
log = st.container()


@st.fragment
def logger():
    if st.session_state.app_runs == 1:  # only the first full run writes to `log`
        log.write("Logger started")
    if st.button("Log an event"):
        log.write("Event logged")


logger()
st.button("Rerun the app")
