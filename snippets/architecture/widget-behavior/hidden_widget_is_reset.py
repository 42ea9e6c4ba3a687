import streamlit as st

if st.toggle("Show the filter", value=True):
    st.number_input("Minimum rating", 0, 5, key="min_rating")

st.write(f"Key in Session State during this run: {'min_rating' in st.session_state}")
