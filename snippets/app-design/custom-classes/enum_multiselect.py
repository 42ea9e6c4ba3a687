from enum import Enum

import streamlit as st


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


mixed = set(st.multiselect("Mix two colors", options=Color))

if mixed == {Color.RED, Color.GREEN}:
    st.write("Red and green make yellow!")
