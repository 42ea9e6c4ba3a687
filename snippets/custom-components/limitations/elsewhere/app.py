import sys

import streamlit as st
import streamlit.components.v1 as components

st.title("A page from another site")

# A page of another server, e.g. `python -m http.server 8000 -d site`; another
# URL may follow `--` on the command line.
url = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8000/probe.html"
components.iframe(url, height=80)
