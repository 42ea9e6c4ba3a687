"""One element per AppTest accessor; the comment names the accessor that finds it."""

import datetime

import numpy as np
import streamlit as st

st.title("Cheat sheet")  # at.title
st.header("Header")  # at.header
st.subheader("Subheader")  # at.subheader
st.markdown("Some *markdown*")  # at.markdown
st.caption("A caption")  # at.caption
st.text("Plain text")  # at.text
st.code("x = 1")  # at.code
st.latex("e^{i\\pi} + 1 = 0")  # at.latex
st.divider()  # at.divider
st.space()  # at.space
st.html("<b>bold</b>")  # at.html
st.json({"a": 1})  # at.json
st.help(len)  # at.help
st.metric("Users", 42, 3)  # at.metric
st.progress(30)  # at.progress
st.image(np.zeros((2, 2)), width=20)  # at.image
st.table({"n": [1, 2]})  # at.table
st.dataframe({"n": [1, 2]})  # at.dataframe
st.data_editor({"n": [1, 2]})  # at.data_editor, at.dataframe
st.error("Error")  # at.error
st.warning("Warning")  # at.warning
st.info("Info")  # at.info
st.success("Success")  # at.success
st.exception(ValueError("shown, not raised"))  # at.exception
st.toast("Toast")  # at.toast
st.link_button("Docs", "https://docs.streamlit.io")  # at.link_button
st.page_link("https://streamlit.io", label="Home")  # at.page_link

st.button("Button")  # at.button
st.download_button("Download", "data")  # at.download_button
st.checkbox("Checkbox")  # at.checkbox
st.toggle("Toggle")  # at.toggle
st.radio("Radio", ["a", "b"])  # at.radio
st.selectbox("Selectbox", ["a", "b"])  # at.selectbox
st.multiselect("Multiselect", ["a", "b"])  # at.multiselect
st.select_slider("Select slider", ["a", "b"])  # at.select_slider
st.slider("Slider", 0, 10)  # at.slider
st.number_input("Number")  # at.number_input
st.text_input("Text input")  # at.text_input
st.text_area("Text area")  # at.text_area
st.date_input("Date", datetime.date(2024, 1, 1))  # at.date_input
st.time_input("Time", datetime.time(12, 0))  # at.time_input
st.datetime_input("When", datetime.datetime(2024, 1, 1, 12))  # at.datetime_input
st.color_picker("Colour")  # at.color_picker
st.pills("Pills", ["a", "b"])  # at.pills, at.button_group
st.segmented_control("Segments", ["a", "b"])  # at.segmented_control, at.button_group
st.feedback("thumbs")  # at.feedback
st.menu_button("Menu", ["a", "b"])  # at.menu_button
st.pagination(5)  # at.pagination
st.file_uploader("Upload")  # at.file_uploader
st.camera_input("Camera")  # at.camera_input
st.audio_input("Audio")  # at.audio_input
st.chat_input("Say something")  # at.chat_input

with st.container():  # at.container
    st.write("in a container")  # at.markdown
(column,) = st.columns(1)  # at.columns
with st.expander("Expander"):  # at.expander
    st.write("in an expander")  # at.markdown
(tab,) = st.tabs(["Only tab"])  # at.tabs
with st.status("Status"):  # at.status
    st.write("in a status")  # at.markdown
with st.chat_message("user"):  # at.chat_message
    st.write("in a chat message")  # at.markdown
with st.form("form"):  # at.form
    st.form_submit_button("Submit")  # at.form_submit_button, at.button
st.grid(2)  # at.grid
