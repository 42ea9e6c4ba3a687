import webbrowser

import streamlit as st

if st.button("Open the docs"):
    # Starts a browser on the machine that runs `streamlit run`.
    opened = webbrowser.open("https://docs.streamlit.io")
    st.write(f"webbrowser.open returned {opened}")
