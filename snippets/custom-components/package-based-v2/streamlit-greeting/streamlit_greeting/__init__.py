import streamlit as st

# "<project name>.<component name>", as in the package's pyproject.toml files.
# The file names are relative to the component's asset_dir.
_greeting = st.components.v2.component(
    "streamlit-greeting.greeting",
    html='<p class="greeting"></p><button>Wave back</button>',
    css="greeting.css",
    js="greeting.js",
)


def greeting(name, *, key=None):
    """Greet `name`; return how often the reader waved back."""
    result = _greeting(
        key=key,
        data={"name": name},
        default={"waves": 0},
        on_waves_change=lambda: None,
    )
    return result.waves
