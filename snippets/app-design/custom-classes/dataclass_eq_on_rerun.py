from dataclasses import dataclass

import streamlit as st


@dataclass
class Point:
    x: int
    y: int


if "origin" not in st.session_state:
    st.session_state.origin = Point(0, 0)

# A dataclass's generated __eq__ also checks that both sides share one class.
st.write("Same point?", st.session_state.origin == Point(0, 0))
st.button("Rerun")
