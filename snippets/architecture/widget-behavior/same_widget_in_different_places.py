import streamlit as st


def inbox_page():
    st.button("Refresh")  # Drawn by a page, not by the entrypoint.


current = st.navigation([st.Page(inbox_page, title="Inbox")])

st.button("Refresh")  # Main area of the entrypoint.
st.sidebar.button("Refresh")  # The sidebar.

with st.form("home"):
    st.text_input("Address")
    st.form_submit_button("Update")
with st.form("work"):
    st.text_input("Address")  # Same label, another form.
    st.form_submit_button("Update")

current.run()
