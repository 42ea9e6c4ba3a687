import pandas as pd
import streamlit as st

guests = pd.DataFrame({"guest": ["Ada", "Grace"]})

for mode in ["fixed", "dynamic", "add", "delete"]:
    st.caption(f'num_rows="{mode}"')
    rows = st.data_editor(guests, num_rows=mode, key=f"guests_{mode}")
    st.write(f"{mode}: {len(rows)} rows")
