import streamlit as st
from demo_connection import DemoConnection

connection = st.connection("demo", type=DemoConnection)
seen = st.session_state.setdefault("seen", [])  # every object this session got
if not any(connection is earlier for earlier in seen):
    seen.append(connection)
st.write(f"Opened {DemoConnection.opened} times")
st.write(f"Distinct connection objects: {len(seen)}")
st.button("Rerun")
