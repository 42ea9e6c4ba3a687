import pandas as pd
import streamlit as st

orders = pd.DataFrame({"item": ["tea", "jam", "tea", "bun"]})
items = orders["item"].unique()
st.write(f"unique() returned {type(items).__name__}")


@st.cache_data
def count_items(values):
    return len(values)  # never runs: hashing `values` fails first


st.write(count_items(items))
