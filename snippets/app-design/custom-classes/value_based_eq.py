from dataclasses import dataclass

import streamlit as st


@dataclass  # keeps the __eq__ written below
class Point:
    x: int
    y: int

    def __eq__(self, other):
        # Compare the data only, never type(self) or type(other).
        return (self.x, self.y) == (other.x, other.y)


if "origin" not in st.session_state:
    st.session_state.origin = Point(0, 0)

st.write("Same point?", st.session_state.origin == Point(0, 0))
st.button("Rerun")
