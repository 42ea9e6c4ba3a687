import streamlit as st


def lobby():
    st.text_input("Table", key="table", bind="query-params")  # ?table=7 fills it
    if st.button("Show the rooms"):
        st.switch_page(rooms)  # no query_params: must clear ?table=7, and cannot


def room_list():
    st.header("Rooms")


rooms = st.Page(room_list, title="Rooms")
st.navigation([st.Page(lobby), rooms]).run()
