import streamlit as st

search_area = st.container()  # an empty slot, first on the page

if st.button("Clear"):
    st.session_state.query = ""
if st.button("Example"):
    st.session_state.query = "red shoes"

# The buttons have had their turn with the key; the input only now
# registers it, and it is drawn into the slot at the top.
search_area.text_input("Search", key="query")
