import streamlit as st

JS = """
export default function ({ parentElement, setStateValue }) {
    let n = 0;
    parentElement.querySelector("button").onclick = () => setStateValue("n", ++n);
}
"""
tally = st.components.v2.component("tally", html="<button>Count</button>", js=JS)

st.session_state.setdefault("script_runs", 0)
st.session_state.setdefault("fragment_runs", 0)
st.session_state.script_runs += 1


@st.fragment
def panel():
    st.session_state.fragment_runs += 1
    result = tally(key="tally", default={"n": 0}, on_n_change=lambda: None)
    st.write(f"n: {result.n}")
    st.write(f"fragment runs: {st.session_state.fragment_runs}")


panel()
st.write(f"script runs: {st.session_state.script_runs}")
