import streamlit as st


def set_query(text):
    st.session_state.query = text


st.text_input("Search", key="query")
# Callbacks run before the next run draws the text input.
st.button("Clear", on_click=set_query, args=[""])
st.button("Example", on_click=set_query, args=["red shoes"])
