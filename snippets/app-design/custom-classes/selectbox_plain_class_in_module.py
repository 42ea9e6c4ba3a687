import streamlit as st
from shirt_sizes import SIZES, Size

choice = st.selectbox("Size", SIZES, format_func=lambda size: size.label)
st.write("A Size:", isinstance(choice, Size))
st.write(f"{choice.label} is in SIZES:", choice in SIZES)
st.button("Rerun")
