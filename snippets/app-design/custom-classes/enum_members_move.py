from enum import Enum

import streamlit as st

version = st.radio("Definition", ["original", "values swapped", "members renamed"])
members = {
    "original": {"SMALL": 4, "LARGE": 10},
    "values swapped": {"SMALL": 10, "LARGE": 4},
    "members renamed": {"PETITE": 4, "GRANDE": 10},
}[version]
Size = Enum("Size", members)  # the same class name in every version

# A key keeps the widget (and its selection) when the options change.
picked = st.selectbox("Size", Size, key="size")
st.write(f"{picked.name} = {picked.value}; this run's Size:", isinstance(picked, Size))
