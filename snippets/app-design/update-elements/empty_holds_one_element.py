import streamlit as st

step_line = st.empty()
for step in ["Downloading", "Unpacking", "Installing"]:
    step_line.write(f"{step}...")  # replaces the line before
step_line.success("Installed")

notice = st.empty()
notice.info("Checking for updates")
notice.empty()  # the slot is cleared

st.write("Ready")
