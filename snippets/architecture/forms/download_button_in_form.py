import streamlit as st

with st.form("report"):
    st.form_submit_button("Send")
    st.download_button("Download", "a,b\n1,2\n", "report.csv")  # raises
