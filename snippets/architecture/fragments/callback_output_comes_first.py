import streamlit as st


def announce():
    st.write("Written by the callback")


st.write("First line of the script")
st.button("Announce", on_click=announce)
st.button("Do nothing")
