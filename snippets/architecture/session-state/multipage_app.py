import streamlit as st

# One session, two pages: both read and write the same session state.
nav = st.navigation([st.Page("multipage_set_name.py"), st.Page("multipage_greet.py")])
nav.run()
