import streamlit as st

details = st.expander("Details", key="details", on_change="rerun")
if details.open:  # False until the reader opens it
    details.write("Loading the details")
filters = st.popover("Filters", key="filters", on_change="rerun")
if filters.open:
    filters.write("Loading the filters")
st.write(f"details: {st.session_state.details}, filters: {st.session_state.filters}")
