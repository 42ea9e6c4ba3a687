import streamlit as st

nav = st.navigation([st.Page("home.py"), st.Page("report.py", url_path="numbers")])
nav.run()
