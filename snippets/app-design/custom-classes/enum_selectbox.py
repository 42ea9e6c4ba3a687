from enum import Enum

import streamlit as st


class Planet(Enum):
    MERCURY = 1
    VENUS = 2
    EARTH = 3


home = st.selectbox("Where do you live?", Planet, index=None)

if home == Planet.EARTH:
    st.write("Welcome home, earthling!")
