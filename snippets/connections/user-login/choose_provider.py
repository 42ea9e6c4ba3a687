import streamlit as st

if not st.user.is_logged_in:
    st.text(f"Logged in: {st.user.is_logged_in}")
    if st.button("Staff login"):
        st.login("staff")  # reads [auth.staff]
    if st.button("Partner login"):
        st.login("partners")  # reads [auth.partners]
else:
    st.text(f"Hello, {st.user.name}!")
    st.text(f"Email: {st.user.email}")
    st.text(f"Provider: {st.user.provider}")  # added by Streamlit: which one
    st.text(f"Keys: {', '.join(sorted(st.user))}")
    if st.button("Log out"):
        st.logout()
