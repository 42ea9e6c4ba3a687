import datetime as dt

import pandas as pd
import streamlit as st

TABLE = pd.DataFrame({"n": [1]})
DAY = dt.datetime(2024, 1, 1, 9)
URL = "https://example.com"

# Every widget command, unkeyed, with its callback `cb` and extra keywords `kw`.
WIDGETS = {
    "audio_input": lambda cb, **kw: box.audio_input("Go", on_change=cb, **kw),
    "button": lambda cb, **kw: box.button("Go", on_click=cb, **kw),
    "camera_input": lambda cb, **kw: box.camera_input("Go", on_change=cb, **kw),
    "chat_input": lambda cb, **kw: box.chat_input("Go", on_submit=cb, **kw),
    "checkbox": lambda cb, **kw: box.checkbox("Go", on_change=cb, **kw),
    "color_picker": lambda cb, **kw: box.color_picker("Go", on_change=cb, **kw),
    "data_editor": lambda cb, **kw: box.data_editor(TABLE, on_change=cb, **kw),
    "date_input": lambda cb, **kw: box.date_input("Go", DAY, on_change=cb, **kw),
    "datetime_input": lambda cb, **kw: box.datetime_input(
        "Go", DAY, on_change=cb, **kw
    ),
    "download_button": lambda cb, **kw: box.download_button(
        "Go", "data", on_click=cb, **kw
    ),
    "expander": lambda cb, **kw: box.expander("Go", on_change=cb, **kw),
    "feedback": lambda cb, **kw: box.feedback(on_change=cb, **kw),
    "file_uploader": lambda cb, **kw: box.file_uploader("Go", on_change=cb, **kw),
    "form_submit_button": lambda cb, **kw: box.form_submit_button(
        "Go", on_click=cb, **kw
    ),
    "link_button": lambda cb, **kw: box.link_button("Go", URL, on_click=cb, **kw),
    "menu_button": lambda cb, **kw: box.menu_button("Go", "ab", on_click=cb, **kw),
    "multiselect": lambda cb, **kw: box.multiselect("Go", "ab", on_change=cb, **kw),
    "number_input": lambda cb, **kw: box.number_input("Go", on_change=cb, **kw),
    "pagination": lambda cb, **kw: box.pagination(3, on_change=cb, **kw),
    "pills": lambda cb, **kw: box.pills("Go", "ab", on_change=cb, **kw),
    "popover": lambda cb, **kw: box.popover("Go", on_change=cb, **kw),
    "radio": lambda cb, **kw: box.radio("Go", "ab", on_change=cb, **kw),
    "segmented_control": lambda cb, **kw: box.segmented_control(
        "Go", "ab", on_change=cb, **kw
    ),
    "select_slider": lambda cb, **kw: box.select_slider("Go", "ab", on_change=cb, **kw),
    "selectbox": lambda cb, **kw: box.selectbox("Go", "ab", on_change=cb, **kw),
    "slider": lambda cb, **kw: box.slider("Go", on_change=cb, **kw),
    "tabs": lambda cb, **kw: box.tabs(["Go"], on_change=cb, **kw),
    "text_area": lambda cb, **kw: box.text_area("Go", on_change=cb, **kw),
    "text_input": lambda cb, **kw: box.text_input("Go", on_change=cb, **kw),
    "time_input": lambda cb, **kw: box.time_input("Go", DAY, on_change=cb, **kw),
    "toggle": lambda cb, **kw: box.toggle("Go", on_change=cb, **kw),
}


def log_it(*args):
    pass  # never runs: the tests only draw the widgets; nobody uses them


def count_it(*args):
    pass  # never runs: the tests only draw the widgets; nobody uses them


name = st.selectbox("Widget", list(WIDGETS))
differ_in = st.radio("The two copies differ in", ["disabled", "callback", "args"])
box = st.form("twins") if name == "form_submit_button" else st.container()
draw = WIDGETS[name]
if differ_in == "disabled":
    draw(log_it, disabled=False)
    draw(log_it, disabled=True)
elif differ_in == "callback":
    draw(log_it)
    draw(count_it)
else:
    draw(log_it, args=("first",))
    draw(log_it, args=("second",))
st.write("No clash")
