from pathlib import Path

import streamlit as st
import streamlit.components.v1 as components

# v1: a folder with an index.html, shown in an iframe; the call returns one value.
tally_v1 = components.declare_component(
    "tally_v1", path=str(Path(__file__).parent / "v1_frontend")
)

# v2: HTML, CSS and JS drawn into the page; the call returns named values.
JS = """
export default function ({ parentElement, setStateValue }) {
    parentElement.querySelector("button").onclick = () => setStateValue("n", 42);
}
"""
tally_v2 = st.components.v2.component(
    "tally_v2", html="<button>Send 42 (v2)</button>", js=JS
)

v1_value = tally_v1(key="v1", default=0)
v2_result = tally_v2(key="v2", default={"n": 0}, on_n_change=lambda: None)

st.write(f"v1 returned: {v1_value!r}")
st.write(f"v2 returned: {dict(v2_result)!r}")
