import streamlit as st

st.text(f"headers: {dict(st.context.headers)}")
st.text(f"cookies: {dict(st.context.cookies)}")
