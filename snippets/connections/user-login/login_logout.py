import streamlit as st

if not st.user.is_logged_in:
    st.text("Not logged in")
    if st.button("Log in"):
        st.login()  # the provider set up in [auth]
else:
    st.text(f"Hello, {st.user.name}!")
    st.text(f"Email: {st.user.email}")
    if st.button("Log out"):
        st.logout()
