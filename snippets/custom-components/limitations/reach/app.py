from pathlib import Path

import streamlit as st
import streamlit.components.v1 as components

reach = components.declare_component("reach", path=Path(__file__).parent / "frontend")

st.title("Soup of the day")
# Another component: an html() frame, whose script reads the app's address.
components.html(
    """
    <p id="soup">Tomato</p>
    <p id="where"></p>
    <script>
      document.getElementById("where").textContent = window.parent.location.href;
    </script>
    """,
    height=90,
)
reach()
