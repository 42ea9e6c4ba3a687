from dataclasses import dataclass

import streamlit as st


@dataclass  # keeps the __eq__ written below
class Size:
    label: str

    def __eq__(self, other):
        return self.label == other.label


sizes = [Size("S"), Size("M"), Size("L")]
choice = st.selectbox("Size", sizes, format_func=lambda size: size.label)
st.write(f"{choice.label} is one of this run's sizes:", choice in sizes)
st.button("Rerun")
