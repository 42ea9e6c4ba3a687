from pathlib import Path

import streamlit.components.v1 as components

# The frontend folder holds index.html; Streamlit serves it to the iframe.
_component = components.declare_component(
    "star_rating", path=Path(__file__).parent / "frontend"
)


def star_rating(label, max_stars=5, key=None):
    """Buttons for 1 to max_stars stars: the one clicked, or 0 before a click."""
    return _component(label=label, max_stars=max_stars, default=0, key=key)
