import streamlit as st
import streamlit.components.v1 as components

st.title("Opening hours")

# A page of the app's own static folder (server.enableStaticServing is on).
components.iframe("/app/static/hours.html", height=90)
