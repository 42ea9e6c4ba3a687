import pandas as pd
import streamlit as st

tasks = pd.DataFrame(
    {"task": ["Write", "Review"], "hours": [3, 1], "done": [False, False]}
)

edited = st.data_editor(tasks, key="tasks", num_rows="dynamic", disabled=["task"])

open_tasks = edited[~edited["done"].eq(True)]
st.write(f"Hours left: {open_tasks['hours'].sum()}")
st.write(f"Rows: {len(edited)}")
st.write(f"First task: {edited['task'].iloc[0]}")
st.write(f"Edit state: {st.session_state.tasks}")
