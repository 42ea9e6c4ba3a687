import slow_work
import streamlit as st

st.session_state.setdefault("results", {})
rows = st.number_input("Rows", 1, 5, 3)

if st.button("Crunch"):
    st.session_state.results[rows] = slow_work.crunch(rows)  # once per click

# Every later rerun reads the stored result instead of crunching again.
if rows in st.session_state.results:
    st.write(f"Result for {rows}: {st.session_state.results[rows]}")
