import pandas as pd
import streamlit as st

readings = pd.DataFrame({"temperature": [20.5, 21.0]})
table = st.dataframe(readings)
table.add_rows(pd.DataFrame({"temperature": [21.4]}))
st.write("Rows added")  # never runs: add_rows raises StreamlitAPIException
