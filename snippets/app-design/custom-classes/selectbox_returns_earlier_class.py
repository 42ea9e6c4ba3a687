from dataclasses import dataclass

import streamlit as st


@dataclass
class Size:
    label: str


sizes = [Size("S"), Size("M"), Size("L")]
choice = st.selectbox("Size", sizes, format_func=lambda size: size.label)
st.write("The very object passed in:", any(choice is size for size in sizes))
st.write(f"{choice.label} is one of this run's sizes:", choice in sizes)
st.button("Rerun")
