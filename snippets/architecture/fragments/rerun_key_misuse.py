import streamlit as st


@st.fragment(key="scores")
def scores():
    if st.button("From the fragment body"):
        st.rerun("scores")  # not a callback: refused


scores()
if st.button("From the script body"):
    st.rerun("scores")  # not a callback: refused
st.button("Unknown key", on_click=lambda: st.rerun("score"))  # no such fragment
