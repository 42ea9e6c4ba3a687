import slow_work
import streamlit as st


@st.cache_data
def cached_crunch(rows):
    return slow_work.crunch(rows)


rows = st.number_input("Rows", 1, 5, 3)

if st.button("Crunch"):
    st.write(f"Result for {rows}: {cached_crunch(rows)}")
if st.button("Forget this result"):
    cached_crunch.clear(rows)  # drops the entry for this argument only

st.caption(f"crunch ran {slow_work.runs} times in all")
