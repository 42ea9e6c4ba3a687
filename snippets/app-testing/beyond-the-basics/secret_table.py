import streamlit as st

if "service" in st.secrets:
    st.text(f"user: {st.secrets['service']['user']}")
else:
    st.text("no service table")
