import streamlit as st

# Checked before the button below is drawn on this run.
st.write(f"`clear` in session state: `{'clear' in st.session_state}`")
st.button("Clear", key="clear")
