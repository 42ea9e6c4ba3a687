import streamlit as st

kept = st.connection("pets_db", type="sql")  # made once, then cached
fresh = st.connection("pets_db", type="sql", ttl=0)  # expires at once
first = st.session_state.setdefault(
    "first", {"kept": kept, "fresh": fresh, "engine": kept.engine}
)
st.write(f"kept: {kept is first['kept']}, with ttl=0: {fresh is first['fresh']}")
if st.button("Reset"):
    kept.reset()  # drops the engine; the next use makes a new one
st.write(f"same engine: {kept.engine is first['engine']}")
