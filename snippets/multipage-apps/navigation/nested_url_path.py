import streamlit as st

st.navigation(
    [st.Page(lambda: st.write("report"), title="Report", url_path="reports/2026")]
).run()
