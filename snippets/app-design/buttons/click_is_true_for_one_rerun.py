import streamlit as st

pressed = st.button("Press me")
st.write(f"`st.button` returned `{pressed}` on this run.")

# Other ways to start the next run.
st.checkbox("Something else to click")
st.button("Another button")
