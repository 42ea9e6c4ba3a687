import streamlit as st
import streamlit.components.v1 as components

# A component of the older API. Its frontend would come from this dev server.
rating = components.declare_component("forms_rating", url="http://localhost:3001")

with st.form("review"):
    # A callback on a v1 component: allowed too.
    stars = rating(key="stars", default=0, on_change=lambda: None)
    st.form_submit_button("Send")

st.write(f"Stars: {stars}")
