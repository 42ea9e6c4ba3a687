import streamlit as st


class Size:  # a plain class: == falls back to identity
    def __init__(self, label):
        self.label = label


sizes = [Size("S"), Size("M"), Size("L")]


def numbered(size):
    return f"{sizes.index(size) + 1}. {size.label}"  # ValueError for a copy


box = st.selectbox("Selectbox", sizes, format_func=numbered)
dot = st.radio("Radio", sizes, format_func=numbered)
st.write(f"Selectbox: {box.label}, the very object:", any(box is s for s in sizes))
st.write(f"Radio: {dot.label}, the very object:", any(dot is s for s in sizes))
