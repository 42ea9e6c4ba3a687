import altair as alt
import pydeck as pdk
import streamlit as st

CHART = alt.Chart().mark_point().add_params(alt.selection_point())
SPEC = {"mark": "point", "params": [{"name": "pick", "select": "point"}]}
BUTTONS = {"n": st.column_config.ButtonColumn("Go", key="locked")}
SELECT = {"on_select": "rerun", "key": "locked"}  # a chart's selections, keyed

# Commands whose value is read-only in session state, each drawn with key "locked".
READ_ONLY = {
    "button": lambda: st.button("Go", key="locked"),
    "download_button": lambda: st.download_button("Save", b"hi", key="locked"),
    "link_button": lambda: st.link_button("Docs", "https://streamlit.io", key="locked"),
    "menu_button": lambda: st.menu_button("More", ["Copy", "Paste"], key="locked"),
    "form_submit_button": lambda: st.form("f").form_submit_button("Send", key="locked"),
    "form": lambda: st.form("locked").form_submit_button("Send"),
    "file_uploader": lambda: st.file_uploader("File", key="locked"),
    "camera_input": lambda: st.camera_input("Photo", key="locked"),
    "audio_input": lambda: st.audio_input("Voice", key="locked"),
    "data_editor": lambda: st.data_editor({"n": [1, 2]}, key="locked"),
    "ButtonColumn": lambda: st.dataframe({"n": [1]}, column_config=BUTTONS),
    "altair_chart": lambda: st.altair_chart(CHART, **SELECT),
    "vega_lite_chart": lambda: st.vega_lite_chart(SPEC, **SELECT),
    "pydeck_chart": lambda: st.pydeck_chart(pdk.Deck(), **SELECT),
    "echarts_chart": lambda: st.echarts_chart({}, **SELECT),
}

command = st.query_params.get("command", "button")  # e.g. ?command=form
st.session_state.locked = "a value"  # assigned in this run, before the widget...
READ_ONLY[command]()  # ...so drawing it raises
