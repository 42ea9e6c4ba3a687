import threading

import streamlit as st


def keep_the_oven_on():
    while True:  # nothing stops this loop, not even the reader leaving
        with open("oven.log", "a") as log:
            log.write("still baking\n")
        threading.Event().wait(0.05)


if "oven" not in st.session_state:  # one thread per session
    st.session_state.oven = threading.Thread(target=keep_the_oven_on, daemon=True)
    st.session_state.oven.start()
st.write("The oven is on")
