import os
import tempfile
from pathlib import Path

import streamlit as st

# Where the feedback goes; FEEDBACK_FILE lets you (or a test) choose the file.
default = Path(tempfile.gettempdir()) / "feedback.txt"
feedback_file = Path(os.environ.get("FEEDBACK_FILE", default))

text = st.text_input("Your feedback")
if st.button("Send"):
    # A side effect that must happen once per click: writing to a file.
    with feedback_file.open("a") as f:
        f.write(text + "\n")
    st.success("Thanks, saved.")
