import streamlit as st

st.session_state.setdefault("city", "Lima")
st.session_state.setdefault("runs", 0)
st.session_state.runs += 1


def move_to(city):
    st.session_state.city = city


# The callback runs before the script, so both headers agree.
st.header(st.session_state.city)
st.button("Oslo", on_click=move_to, args=["Oslo"])
st.button("Lima", on_click=move_to, args=["Lima"])
st.header(st.session_state.city)
