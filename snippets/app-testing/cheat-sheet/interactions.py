"""One widget per interaction method; the app shows what each widget returned."""

import datetime

import streamlit as st

opts = ["a", "b", "c"]
noon = datetime.time(12, 0)
got = {
    "button": st.button("Button"),
    "download_button": st.download_button("Download", "data"),
    "menu_button": st.menu_button("Menu", opts),
    "checkbox": st.checkbox("Checkbox"),
    "toggle": st.toggle("Toggle"),
    "color_picker": st.color_picker("Colour"),
    "radio": st.radio("Radio", opts),
    "selectbox": st.selectbox("Selectbox", opts),
    "multiselect": st.multiselect("Multiselect", opts, default=["a"]),
    "pills": st.pills("Pills", opts, selection_mode="multi"),
    "feedback": st.feedback("stars"),
    "select_slider": st.select_slider("Select slider", opts, value=("a", "b")),
    "slider": st.slider("Slider", 0, 10, value=(0, 10)),
    "number_input": st.number_input("Number", value=5),
    "text_input": st.text_input("Text input"),
    "text_area": st.text_area("Text area"),
    "date_input": st.date_input("Date", datetime.date(2024, 1, 1)),
    "time_input": st.time_input("Time", noon, step=60),
    "datetime_input": st.datetime_input("When", datetime.datetime(2024, 1, 1)),
    "pagination": st.pagination(5),
    "file_uploader": st.file_uploader("Upload"),
    "camera_input": st.camera_input("Camera"),
    "audio_input": st.audio_input("Audio"),
    "chat_input": st.chat_input("Say something", accept_file=True),
}
for name, value in got.items():
    if hasattr(value, "files"):  # a chat message: its text and its files
        value = (value.text, [f.name for f in value.files])
    elif hasattr(value, "getvalue"):  # an uploaded file
        value = (value.name, value.getvalue())
    st.text(f"{name}: {value!r}")
