import threading

import streamlit as st
from streamlit.errors import NoSessionContext

box = st.container()
caught = []


def fill_box():
    try:
        box.write("Price: 42")  # the box knows its place, not its session
    except NoSessionContext as error:
        caught.append(type(error).__name__)


worker = threading.Thread(target=fill_box, name="box-filler")
worker.start()
worker.join()
st.write(f"Caught: {caught}")
