import streamlit as st


def home():
    st.write("home")


where = st.session_state.get("where", "sidebar")
st.navigation([st.Page(home)], position=where).run()
