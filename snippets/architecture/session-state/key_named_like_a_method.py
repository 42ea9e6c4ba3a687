import streamlit as st

# "items" is also the name of a dict method.
st.session_state["items"] = 3

st.write(f"Brackets: {st.session_state['items']}")
# Attribute notation finds the method before it looks for the key.
st.write(f"Attribute: {type(st.session_state.items).__name__}")
