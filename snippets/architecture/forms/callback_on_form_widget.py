import streamlit as st

with st.form("tea_order"):
    st.form_submit_button("Order")
    # raises: inside a form, only the submit button may have a callback
    st.selectbox("Tea", ["green", "black"], on_change=lambda: st.toast("Changed"))
