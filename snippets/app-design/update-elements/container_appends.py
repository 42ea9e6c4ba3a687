import streamlit as st

log = st.container()
for step in ["Downloading", "Unpacking", "Installing"]:
    log.write(f"{step} finished")  # added below the line before
st.write("Ready")
