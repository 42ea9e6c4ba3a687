import streamlit as st

# Assigned on the first run only, while no button with this key exists yet.
st.session_state.setdefault("publish", True)

if st.checkbox("Show the Publish button"):
    if st.button("Publish", key="publish"):
        st.write("Published!")
