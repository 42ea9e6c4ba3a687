import streamlit as st


def counter():
    st.header("Counter")


# A pages/ folder sits beside this file, but st.navigation decides the pages.
st.navigation([st.Page(counter)]).run()
