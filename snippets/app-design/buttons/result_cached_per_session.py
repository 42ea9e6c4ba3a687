import slow_work
import streamlit as st

st.session_state.setdefault("runs", 0)
st.session_state.runs += 1


# scope="session": each browser session gets its own cache.
@st.cache_data(scope="session")
def crunch_data(rows):
    return slow_work.crunch(rows)


@st.cache_resource(scope="session")
def crunch_resource(rows):
    return slow_work.crunch(rows)


if st.button("Crunch with cache_data"):
    st.write(f"Result: {crunch_data(3)}")
if st.button("Crunch with cache_resource"):
    st.write(f"Result: {crunch_resource(3)}")

st.caption(f"Run {st.session_state.runs}: crunch ran {slow_work.runs} times in all")
