import streamlit as st

HTML = '<p class="swatch">Primary colour</p>'
SWATCH = ".swatch { color: var(--st-primary-color); }"
JS = """
export default function ({ parentElement }) {
    const kind = parentElement instanceof ShadowRoot ? "ShadowRoot" : "HTMLElement";
    parentElement.querySelector(".swatch").dataset.parent = kind;
}
"""

# Each also styles every <p> it can reach: underline from one, italics from the other.
isolated = st.components.v2.component(
    "isolated", html=HTML, css=SWATCH + " p { text-decoration: underline; }", js=JS
)
shared = st.components.v2.component(
    "shared",
    html=HTML,
    css=SWATCH + " p { font-style: italic; }",
    js=JS,
    isolate_styles=False,
)

st.markdown("A paragraph of the app itself.")
isolated(key="isolated")
shared(key="shared")
