import streamlit as st

size = st.number_input("Table size", 1, 5, 2)

if st.button("Build table"):
    table = [[row * col for col in range(size)] for row in range(size)]
    st.write(table)  # gone after the next interaction

if st.button("Save table"):
    # On this run "Build table" is False, so `table` was never assigned.
    st.write(f"Saved {len(table)} rows")
