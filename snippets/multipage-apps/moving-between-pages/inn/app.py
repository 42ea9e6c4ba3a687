import streamlit as st

st.session_state.setdefault("runs", 0)
st.session_state.runs += 1  # counts the runs of this session

pg = st.navigation([st.Page("lobby.py", default=True), st.Page("garden.py")])
st.caption(f"Runs in this session: {st.session_state.runs}")
pg.run()
