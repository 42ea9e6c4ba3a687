from enum import Enum

import streamlit as st

renamed = st.toggle("Rename the class")

# Same members and values on every run; only the class name can change.
Size = Enum("Measure" if renamed else "Size", ["SMALL", "LARGE"])

# Show bare member names, so the labels stay the same too.
picked = st.multiselect("Sizes", options=Size, format_func=lambda m: m.name)
st.write("Members of this run's class:", all(isinstance(p, Size) for p in picked))
