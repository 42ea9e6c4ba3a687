import streamlit as st

if st.toggle("Show the filter", value=True):
    st.number_input("Minimum rating", 0, 5, key="min_rating", bind="query-params")

st.write(f"Minimum rating: {st.session_state.get('min_rating')}")
