import streamlit as st

st.session_state.setdefault("runs", 0)
st.session_state.runs += 1

world, table = st.tabs(["Map", "Table"], key="view", on_change="rerun")
if world.open:  # True for the selected tab only
    world.write("Drawing the map")
if table.open:
    table.write("Drawing the table")
st.write(f"Selected: {st.session_state.view}; runs: {st.session_state.runs}")
