import pandas as pd
import streamlit as st

sizes = pd.DataFrame({"size": ["S", "M", "L"], "stock": [12, 0, 5]})

width = st.selectbox("width", ["stretch", "content", 300, "auto", 0])
height = st.selectbox("height", ["auto", "content", "stretch", 150, "full", 0])
st.dataframe(sizes, width=width, height=height)
