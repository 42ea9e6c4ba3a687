import streamlit as st

st.session_state.setdefault("role", None)


def log_in():
    st.header("Log in")
    if st.button("Log in as admin"):
        st.session_state.role = "admin"
        st.rerun()  # run again, now with the admin's pages


if st.session_state.role == "admin":
    pages = [st.Page("dashboard.py"), st.Page("admin.py")]
else:
    pages = [st.Page(log_in)]

st.navigation(pages).run()
