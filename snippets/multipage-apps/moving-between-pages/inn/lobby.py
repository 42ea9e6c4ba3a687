import streamlit as st

st.header("Lobby")
st.text_input("Your name", key="guest")
st.page_link("garden.py", label="Walk to the garden", query_params={"from": "lobby"})
st.page_link("garden.py", label="The garden, closed at night", disabled=True)
st.page_link("https://example.com/inn", label="The inn's website")  # opens a new tab
if st.button("Take the shortcut"):
    st.switch_page("garden.py", query_params={"via": "shortcut"})
    st.session_state.after_switch = True  # never runs: switch_page ends this run
