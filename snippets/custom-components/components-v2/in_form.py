import streamlit as st

JS = """
export default function ({ parentElement, setStateValue, setTriggerValue }) {
    parentElement.querySelector("button").onclick = () => {
        setStateValue("picked", "blue");
        setTriggerValue("ping", "pong");
    };
}
"""
picker = st.components.v2.component("picker", html="<button>Pick blue</button>", js=JS)

st.session_state.setdefault("runs", 0)
st.session_state.runs += 1

with st.form("order"):
    result = picker(
        key="colour",
        default={"picked": "none"},
        on_picked_change=lambda: None,
        on_ping_change=lambda: None,
    )
    st.form_submit_button("Submit")

st.button("Rerun")  # outside the form
st.write(f"runs: {st.session_state.runs}")
st.write(f"picked: {result.picked}, ping: {result.ping}")
