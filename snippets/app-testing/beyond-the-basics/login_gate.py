import streamlit as st

if st.user.is_logged_in:
    st.text(f"hello {st.user.name}")
else:
    st.text("please log in")
st.text(f"timezone: {st.context.timezone}")
