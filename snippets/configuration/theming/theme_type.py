import streamlit as st

st.title("Which theme?")
st.button("Check again", type="primary")
# The browser reports its theme; on a session's first run it may not have yet.
st.write(f"Theme type: {st.context.theme.type}")
