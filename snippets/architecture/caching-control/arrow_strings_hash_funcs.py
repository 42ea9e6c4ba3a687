import pandas as pd
import streamlit as st

st.session_state.setdefault("counted", 0)
orders = pd.DataFrame({"item": ["tea", "jam", "tea", "bun"]})
items = orders["item"].unique()


@st.cache_data(hash_funcs={pd.arrays.ArrowStringArray: tuple})
def count_items(values):
    st.session_state.counted += 1
    return len(values)


st.write(f"{count_items(items)} distinct items")
