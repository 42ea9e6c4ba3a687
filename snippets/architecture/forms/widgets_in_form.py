from functools import partial

import altair as alt
import pandas as pd
import pydeck as pdk
import streamlit as st

TABLE = pd.DataFrame({"x": [1, 2], "y": [3, 4]})
PICK = alt.selection_point(name="pick")
ALTAIR = alt.Chart(TABLE).mark_point().encode(x="x", y="y").add_params(PICK)
VEGA = {
    "data": {"values": [{"x": 1}, {"x": 2}]},
    "mark": "point",
    "encoding": {"x": {"field": "x", "type": "quantitative"}},
    "params": [{"name": "pick", "select": "point"}],
}
ECHARTS = {
    "xAxis": {"type": "category", "data": ["a", "b"]},
    "yAxis": {"type": "value"},
    "series": [{"type": "bar", "data": [1, 2]}],
}
DOTS = pdk.Layer("ScatterplotLayer", TABLE, id="dots", get_position=["x", "y"])


def button_column(**callback):
    """A table with a button column: a widget inside st.dataframe."""
    column = st.column_config.ButtonColumn("Act", key="act", **callback)
    st.dataframe(TABLE, column_config={"y": column})


# Every widget command of Streamlit 1.67, with the least arguments it needs.
WIDGETS = {
    "altair_chart": partial(st.altair_chart, ALTAIR),
    "audio_input": partial(st.audio_input, "Voice note"),
    "button": partial(st.button, "Go"),
    "camera_input": partial(st.camera_input, "Photo"),
    "chat_input": st.chat_input,
    "checkbox": partial(st.checkbox, "Agree"),
    "color_picker": partial(st.color_picker, "Colour"),
    "column_config.ButtonColumn": button_column,
    "data_editor": partial(st.data_editor, TABLE),
    "dataframe": partial(st.dataframe, TABLE),
    "date_input": partial(st.date_input, "Day"),
    "datetime_input": partial(st.datetime_input, "When"),
    "download_button": partial(st.download_button, "Download", "a,b\n1,2\n"),
    "echarts_chart": partial(st.echarts_chart, ECHARTS),
    "expander": partial(st.expander, "More"),
    "feedback": st.feedback,
    "file_uploader": partial(st.file_uploader, "File"),
    "form_submit_button": partial(st.form_submit_button, "Save"),
    "link_button": partial(st.link_button, "Docs", "https://streamlit.io"),
    "menu_button": partial(st.menu_button, "Actions", ["Copy", "Paste"]),
    "multiselect": partial(st.multiselect, "Tags", ["a", "b"]),
    "number_input": partial(st.number_input, "Count"),
    "pagination": partial(st.pagination, 3),
    "pills": partial(st.pills, "Size", ["S", "M"]),
    "plotly_chart": partial(st.plotly_chart, {}),  # needs plotly installed
    "popover": partial(st.popover, "Options"),
    "pydeck_chart": partial(st.pydeck_chart, pdk.Deck(layers=[DOTS])),
    "radio": partial(st.radio, "Plan", ["free", "pro"]),
    "segmented_control": partial(st.segmented_control, "View", ["list", "grid"]),
    "select_slider": partial(st.select_slider, "Level", ["low", "high"]),
    "selectbox": partial(st.selectbox, "City", ["Oslo", "Rome"]),
    "slider": partial(st.slider, "Cups"),
    "tabs": partial(st.tabs, ["One", "Two"]),
    "text_area": partial(st.text_area, "Note"),
    "text_input": partial(st.text_input, "Name"),
    "time_input": partial(st.time_input, "Time"),
    "toggle": partial(st.toggle, "Dark mode"),
    "vega_lite_chart": partial(st.vega_lite_chart, VEGA),
}

# Try one in a form: ?command=slider, or with a callback:
# ?command=slider&callback=on_change
command = st.query_params.get("command", "slider")
callback = st.query_params.get("callback")
options = {callback: print} if callback else {}  # any function will do

with st.form("probe"):
    WIDGETS[command](**options)
    st.form_submit_button("Send")

st.write(f"`{command}` is allowed in a form.")
