import pandas as pd
import streamlit as st

team = pd.DataFrame({"name": ["Ada", "Grace"]})

shown = st.dataframe(team)  # on_select="ignore", the default
st.write(f"Returned: {type(shown).__name__}")
