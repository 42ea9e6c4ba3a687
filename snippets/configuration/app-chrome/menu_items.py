import streamlit as st

st.set_page_config(
    menu_items={
        "Get help": "https://example.com/bakery/help",
        "Report a bug": "mailto:bugs@example.com",
        "About": "**Bakery orders**, made by the night shift.",
    }
)
st.title("Bakery orders")
