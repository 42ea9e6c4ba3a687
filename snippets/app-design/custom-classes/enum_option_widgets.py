from enum import Enum

import streamlit as st


class Planet(Enum):
    MERCURY = 1
    VENUS = 2
    EARTH = 3


EARTH = Planet.EARTH  # this run's member
picked = {
    "selectbox": st.selectbox("Selectbox", Planet, index=2),
    "radio": st.radio("Radio", Planet, index=2),
    "select_slider": st.select_slider("Select slider", Planet, value=EARTH),
    "pills": st.pills("Pills", Planet, default=EARTH),
    "segmented_control": st.segmented_control("Segmented", Planet, default=EARTH),
    "multiselect": st.multiselect("Multiselect", Planet, default=EARTH)[0],
}
for widget, member in picked.items():
    st.write(f"{widget}: this run's EARTH?", member == EARTH)
