import datetime as dt

import pandas as pd
import streamlit as st

after = st.toggle("Change the parameter")
DAY = dt.datetime(2024, 1, 1, 9)
label = "After" if after else "Before"

# Each widget has key="w". The toggle changes one parameter of it; the rows under
# RESETS change one that gives a keyed widget a new ID, KEEPS one that does not.
RESETS = {
    "slider: min_value": lambda: st.slider("W", 1 if after else 0, 9, key="w"),
    "slider: max_value": lambda: st.slider("W", 0, 8 if after else 9, key="w"),
    "slider: step": lambda: st.slider("W", 0, 9, step=3 if after else 1, key="w"),
    "selectbox: accept_new_options": lambda: st.selectbox(
        "W", "ab", accept_new_options=after, key="w"
    ),
    "multiselect: max_selections": lambda: st.multiselect(
        "W", "ab", max_selections=1 if after else 2, key="w"
    ),
    "multiselect: accept_new_options": lambda: st.multiselect(
        "W", "ab", accept_new_options=after, key="w"
    ),
    "pills: selection_mode": lambda: st.pills(
        "W", "ab", selection_mode="multi" if after else "single", key="w"
    ),
    "segmented_control: selection_mode": lambda: st.segmented_control(
        "W", "ab", selection_mode="multi" if after else "single", key="w"
    ),
    "feedback: options": lambda: st.feedback("stars" if after else "thumbs", key="w"),
    "text_input: max_chars": lambda: st.text_input(
        "W", max_chars=5 if after else 9, key="w"
    ),
    "text_input: validate": lambda: st.text_input(
        "W", validate=r"\d+" if after else r"\w+", key="w"
    ),
    "text_area: max_chars": lambda: st.text_area(
        "W", max_chars=5 if after else 9, key="w"
    ),
    "date_input: format": lambda: st.date_input(
        "W", DAY, format="DD/MM/YYYY" if after else "YYYY/MM/DD", key="w"
    ),
    "time_input: step": lambda: st.time_input(
        "W", DAY, step=60 if after else 900, key="w"
    ),
    "datetime_input: format": lambda: st.datetime_input(
        "W", DAY, format="DD/MM/YYYY" if after else "YYYY/MM/DD", key="w"
    ),
    "datetime_input: step": lambda: st.datetime_input(
        "W", DAY, step=60 if after else 900, key="w"
    ),
    "file_uploader: type": lambda: st.file_uploader(
        "W", type="csv" if after else "txt", key="w"
    ),
    "file_uploader: accept_multiple_files": lambda: st.file_uploader(
        "W", accept_multiple_files=after, key="w"
    ),
    "file_uploader: max_upload_size": lambda: st.file_uploader(
        "W", max_upload_size=5 if after else 9, key="w"
    ),
    "chat_input: accept_file": lambda: st.chat_input("W", accept_file=after, key="w"),
    "chat_input: file_type": lambda: st.chat_input(
        "W", accept_file=True, file_type="csv" if after else "txt", key="w"
    ),
    "chat_input: max_chars": lambda: st.chat_input(
        "W", max_chars=5 if after else 9, key="w"
    ),
    "chat_input: max_upload_size": lambda: st.chat_input(
        "W", accept_file=True, max_upload_size=5 if after else 9, key="w"
    ),
    "data_editor: number of rows": lambda: st.data_editor(
        pd.DataFrame({"n": [1, 2, 3] if after else [1, 2]}), key="w"
    ),
    "data_editor: column names": lambda: st.data_editor(
        pd.DataFrame({"m" if after else "n": [1]}), key="w"
    ),
    "data_editor: column types": lambda: st.data_editor(
        pd.DataFrame({"n": [1.5] if after else [1]}), key="w"
    ),
    "data_editor: num_rows": lambda: st.data_editor(
        pd.DataFrame({"n": [1]}), num_rows="dynamic" if after else "fixed", key="w"
    ),
    "data_editor: disabled": lambda: st.data_editor(
        pd.DataFrame({"n": [1]}), disabled=after, key="w"
    ),
    "data_editor, num_rows='dynamic': its data": lambda: st.data_editor(
        pd.DataFrame({"n": [2 if after else 1]}), num_rows="dynamic", key="w"
    ),
    "expander, on_change set: label": lambda: st.expander(
        label, key="w", on_change="rerun"
    ),
    "tabs, on_change set: tabs": lambda: st.tabs([label], key="w", on_change="rerun"),
    "popover, on_change set: label": lambda: st.popover(
        label, key="w", on_change="rerun"
    ),
    "popover, on_change set: disabled": lambda: st.popover(
        "W", disabled=after, key="w", on_change="rerun"
    ),
}
KEEPS = {
    "audio_input: label": lambda: st.audio_input(label, key="w"),
    "button: label": lambda: st.button(label, key="w"),
    "camera_input: label": lambda: st.camera_input(label, key="w"),
    "chat_input: placeholder": lambda: st.chat_input(label, key="w"),
    "checkbox: label": lambda: st.checkbox(label, key="w"),
    "color_picker: label": lambda: st.color_picker(label, key="w"),
    "data_editor: its data": lambda: st.data_editor(
        pd.DataFrame({"n": [2 if after else 1]}), key="w"
    ),
    "data_editor, num_rows='dynamic': disabled": lambda: st.data_editor(
        pd.DataFrame({"n": [1]}), num_rows="dynamic", disabled=after, key="w"
    ),
    "date_input: min_value": lambda: st.date_input(
        "W", DAY, min_value=DAY - dt.timedelta(days=1 if after else 2), key="w"
    ),
    "download_button: label": lambda: st.download_button(label, "data", key="w"),
    "form_submit_button: label": lambda: st.form("f").form_submit_button(
        label, key="w"
    ),
    "link_button: label": lambda: st.link_button(
        label, "https://example.com", key="w", on_click="rerun"
    ),
    "menu_button: label": lambda: st.menu_button(label, "ab", key="w"),
    "multiselect: options": lambda: st.multiselect(
        "W", "abc" if after else "ab", key="w"
    ),
    "number_input: max_value": lambda: st.number_input(
        "W", 0, 8 if after else 9, key="w"
    ),
    "pagination: num_pages": lambda: st.pagination(4 if after else 3, key="w"),
    "radio: options": lambda: st.radio("W", "abc" if after else "ab", key="w"),
    "select_slider: options": lambda: st.select_slider(
        "W", "abc" if after else "ab", key="w"
    ),
    "selectbox: options": lambda: st.selectbox("W", "abc" if after else "ab", key="w"),
    "slider: label": lambda: st.slider(label, 0, 9, key="w"),
    "text_area: label": lambda: st.text_area(label, key="w"),
    "text_input: label": lambda: st.text_input(label, key="w"),
    "time_input: label": lambda: st.time_input(label, DAY, key="w"),
    "toggle: label": lambda: st.toggle(label, key="w"),
}

row = st.selectbox("Row", [*RESETS, *KEEPS])
{**RESETS, **KEEPS}[row]()
