import streamlit as st

# Apply a change asked for on the previous run, before the widget is drawn.
if "next_query" in st.session_state:
    st.session_state.query = st.session_state.pop("next_query")

st.text_input("Search", key="query")

if st.button("Clear"):
    st.session_state.next_query = ""  # a key that no widget owns
    st.rerun()
if st.button("Example"):
    st.session_state.next_query = "red shoes"
    st.rerun()
