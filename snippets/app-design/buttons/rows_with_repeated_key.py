import streamlit as st

st.session_state.setdefault("guests", 0)


def add_guest():
    st.session_state.guests += 1


st.button("Add guest", on_click=add_guest)
for n in range(st.session_state.guests):
    st.text_input("Name", key="name")  # the same key on every row
