"""A password form guards a private page; the login lives in session state."""

import hmac

import streamlit as st

PASSWORD = "open sesame"  # a real app reads this from st.secrets

if "user" not in st.session_state:
    st.session_state.user = None

if st.session_state.user is None:
    with st.form("login"):
        name = st.text_input("Name", key="name")
        password = st.text_input("Password", type="password", key="password")
        if st.form_submit_button("Log in"):
            if hmac.compare_digest(password, PASSWORD):
                st.session_state.user = name
                st.rerun()
            st.error("Wrong password")
else:
    st.title("Private page")
    st.write(f"Welcome, {st.session_state.user}")
    if st.button("Log out"):
        st.session_state.user = None
        st.rerun()
