import streamlit as st


def entrance():
    st.write("Looking for the cellar")
    st.switch_page("cellar.py")  # no such page in this app


st.navigation([st.Page(entrance)]).run()
