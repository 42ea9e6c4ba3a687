import streamlit as st

st.session_state.setdefault("script_runs", 0)
st.session_state.setdefault("panel_runs", 0)
st.session_state.script_runs += 1


@st.fragment
def panel():
    st.session_state.panel_runs += 1
    st.button("Refresh panel")
    st.text(f"panel runs: {st.session_state.panel_runs}")


panel()
st.text(f"script runs: {st.session_state.script_runs}")
