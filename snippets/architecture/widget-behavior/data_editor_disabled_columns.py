import pandas as pd
import streamlit as st

table = pd.DataFrame({"n": [1, 2]})

# Two unkeyed editors of one table. A list for `disabled` lands in the column
# settings, which are part of the ID, so these two are different widgets.
st.data_editor(table, disabled=False)
st.data_editor(table, disabled=["n"])

st.write("No clash")
