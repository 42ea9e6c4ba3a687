import streamlit as st

st.session_state.setdefault("app_runs", 0)
st.session_state.app_runs += 1
st.write(f"App runs: {st.session_state.app_runs}")

ping = st.components.v2.component(
    "ping_button",
    html="<button disabled>Ping</button>",
    js="""
export default function ({ parentElement, setTriggerValue }) {
  const button = parentElement.querySelector("button");
  button.onclick = () => setTriggerValue("pinged", true);
  button.disabled = false; // clickable once the handler is attached
}
""",
)


@st.fragment
def pinger():
    st.session_state.setdefault("pinger_runs", 0)
    st.session_state.pinger_runs += 1
    ping(on_pinged_change=lambda: None)
    st.write(f"Pinger runs: {st.session_state.pinger_runs}")


pinger()
