import streamlit as st

JS = """
export default function ({ parentElement, setStateValue, setTriggerValue }) {
  const [rate, ping] = parentElement.querySelectorAll("button");
  rate.onclick = () => setStateValue("stars", 5);  // a state value
  ping.onclick = () => setTriggerValue("ping", true);  // a trigger value
}
"""
rater = st.components.v2.component(
    "forms_rater", html="<button>Rate 5</button><button>Ping</button>", js=JS
)


def show(key):
    return rater(
        key=key,
        default={"stars": 0},
        on_stars_change=lambda: None,
        on_ping_change=lambda: None,
    )


st.session_state.runs = st.session_state.get("runs", 0) + 1

with st.form("review"):
    inside = show("inside")
    st.form_submit_button("Send")

outside = show("outside")

st.write(
    f"Run {st.session_state.runs}: inside stars={inside.stars} ping={inside.ping}, "
    f"outside ping={outside.ping}"
)
