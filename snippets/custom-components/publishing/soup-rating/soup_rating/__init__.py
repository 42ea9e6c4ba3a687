"""A five-star rating for Streamlit apps."""

from pathlib import Path

import streamlit.components.v1 as components

# The frontend ships inside the package; find it beside this file.
_component = components.declare_component(
    "soup_rating", path=Path(__file__).parent / "frontend"
)


def soup_rating(label, key=None):
    """The number of stars the reader clicked, 1 to 5; 0 before a click."""
    return _component(label=label, default=0, key=key)
