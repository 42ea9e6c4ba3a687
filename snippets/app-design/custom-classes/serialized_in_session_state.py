from dataclasses import dataclass

import streamlit as st


@dataclass
class Point:
    x: int
    y: int

    def to_str(self):
        return f"{self.x},{self.y}"

    @classmethod
    def from_str(cls, text):
        x, y = text.split(",")
        return cls(int(x), int(y))


# Session state holds a plain string, which has no class to go stale.
if "origin" not in st.session_state:
    st.session_state.origin = Point(0, 0).to_str()

st.write("Same point?", Point.from_str(st.session_state.origin) == Point(0, 0))
st.button("Rerun")
