import pandas as pd
import streamlit as st

grid = pd.DataFrame({2023: [10, 20], 2024: [15, 25]})  # integer column names

edited = st.data_editor(grid)
st.write(f"Columns in: {list(grid.columns)}")
st.write(f"Columns out: {list(edited.columns)}")
