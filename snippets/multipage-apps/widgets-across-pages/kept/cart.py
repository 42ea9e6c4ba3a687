import streamlit as st

st.header("Cart")
# "cups" is ours and stays; "_cups" is the widget's and goes when it isn't drawn.
st.session_state.setdefault("cups", 1)
st.session_state._cups = st.session_state.cups


def save():
    st.session_state.cups = st.session_state._cups


st.number_input("Cups", 1, 9, key="_cups", on_change=save)
