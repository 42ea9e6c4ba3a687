from enum import Enum

import streamlit as st


class Flavor(Enum):
    SWEET = 1
    SOUR = 2
    SALTY = 3


picked = set(st.multiselect("Pick two flavors", options=Flavor))

if picked == {Flavor.SWEET, Flavor.SOUR}:
    st.write("Sweet and sour: a classic pair!")
