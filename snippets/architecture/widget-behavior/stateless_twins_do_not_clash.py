import streamlit as st

URL = "https://docs.streamlit.io"

# No callback and no key: these commands draw plain elements, with no widget ID.
st.link_button("Docs", URL)
st.link_button("Docs", URL)
st.expander("More")
st.expander("More")
st.popover("Menu")
st.popover("Menu")
st.tabs(["Intro"])
st.tabs(["Intro"])

st.write("No clash")
