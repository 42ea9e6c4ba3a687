from enum import Enum

import streamlit as st


class Planet(Enum):
    MERCURY = 1
    VENUS = 2
    EARTH = 3


offer_none = st.toggle("Offer an empty choice")
options = [None, *Planet] if offer_none else list(Planet)
home = st.selectbox("Where do you live?", options)

if home == Planet.EARTH:
    st.write("Welcome home, earthling!")
