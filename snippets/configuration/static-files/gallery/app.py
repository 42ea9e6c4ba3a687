import streamlit as st

st.markdown("![The bakery's logo](app/static/logo.svg)")
st.caption("The logo is served from static/logo.svg beside this script.")
