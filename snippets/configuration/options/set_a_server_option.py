import streamlit as st

st.set_option("server.maxUploadSize", 10)  # raises: not settable from a script
