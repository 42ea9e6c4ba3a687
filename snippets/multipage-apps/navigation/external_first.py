import streamlit as st


def home():
    st.header("Home")


docs = st.Page("https://docs.streamlit.io", title="Docs")  # a link, not a page
st.navigation([docs, st.Page(home)]).run()  # so home is the default
