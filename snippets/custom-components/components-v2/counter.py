import streamlit as st

HTML = '<button id="add">Add one</button> <button id="ping">Ping</button>'

JS = """
export default function ({ parentElement, data, setStateValue, setTriggerValue }) {
    let count = data.start;
    parentElement.querySelector("#add").onclick = () => {
        count += 1;
        setStateValue("count", count);
    };
    const ping = parentElement.querySelector("#ping");
    ping.onclick = () => setTriggerValue("ping", "pong");
}
"""

# Register once, at the top of the script; mount it below with a key.
counter = st.components.v2.component("counter", html=HTML, js=JS)

st.session_state.setdefault("callbacks", [])


def count_changed():
    st.session_state.callbacks.append(f"count={st.session_state.clicks.count}")


def pinged():
    st.session_state.callbacks.append(f"ping={st.session_state.clicks.ping}")


start = st.session_state.clicks.count if "clicks" in st.session_state else 0
result = counter(
    key="clicks",
    data={"start": start},
    default={"count": 0},
    on_count_change=count_changed,
    on_ping_change=pinged,
)

st.write(f"count: {result.count}")
st.write(f"ping: {result.ping}")
st.write(f"callbacks: {st.session_state.callbacks}")
st.button("Rerun")
