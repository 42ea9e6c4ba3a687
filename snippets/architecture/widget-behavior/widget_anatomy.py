import streamlit as st

# "Cups of coffee" is the label the user sees; "cups" is the key in Session State.
cups = st.number_input("Cups of coffee", min_value=0, key="cups")

st.write(f"Returned by the function: {cups!r}")
st.write(f"Stored in Session State: {st.session_state.cups!r}")
