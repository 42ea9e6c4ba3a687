from enum import Enum

import streamlit as st

metric = st.toggle("Metric sizes")


class Size(Enum):  # same member names, values that depend on the toggle
    SMALL = 36 if metric else 4
    LARGE = 42 if metric else 10


picked = st.multiselect("Sizes", options=Size)
st.write("Members of this run's Size:", all(isinstance(p, Size) for p in picked))
