import streamlit as st

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
}

command = st.query_params.get("command", "button")  # e.g. ?command=form
st.session_state.locked = "a value"  # assigned in this run, before the widget...
READ_ONLY[command]()  # ...so drawing it raises
