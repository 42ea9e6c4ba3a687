import pandas as pd
import streamlit as st

team = pd.DataFrame({"name": ["Ada", "Grace", "Linus"], "role": ["dev", "ops", "dev"]})

event = st.dataframe(
    team, hide_index=True, on_select="rerun", selection_mode="multi-row", key="picked"
)
chosen = team.iloc[event.selection.rows]  # row positions, in the frame as passed
st.write(f"Selected: {', '.join(chosen['name']) or 'nobody'}")
st.write(f"Return value: {event}")
