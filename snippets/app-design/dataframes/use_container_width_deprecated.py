import pandas as pd
import streamlit as st

sizes = pd.DataFrame({"size": ["S", "M", "L"], "stock": [12, 0, 5]})

st.dataframe(sizes, use_container_width=True)  # now: width="stretch"
st.dataframe(sizes, use_container_width=False)  # now: width="content"
st.dataframe(sizes, use_container_width=False, width=300)  # 300 px: kept
