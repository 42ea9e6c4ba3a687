import streamlit as st

st.text_area("Message")
with st.container(horizontal=True, horizontal_alignment="right"):
    st.button("Cancel")  # side by side, pushed to the right edge
    st.button("Send", type="primary")
