import pandas as pd
import streamlit as st

team = pd.DataFrame({"name": ["Ada", "Grace", "Linus"], "role": ["dev", "ops", "dev"]})

modes = st.multiselect(
    "selection_mode",
    [
        "single-row",
        "single-row-required",
        "multi-row",
        "single-column",
        "multi-column",
        "single-cell",
        "multi-cell",
    ],
    default=["multi-row"],
)
event = st.dataframe(team, on_select="rerun", selection_mode=modes, key="grid")
st.write(f"Selection: {event.selection}")
