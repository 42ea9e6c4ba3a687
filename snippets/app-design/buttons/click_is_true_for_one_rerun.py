import streamlit as st

pressed = st.button("Press me")
st.write(f"`st.button` returned `{pressed}` on this run.")

# Any other interaction also reruns the script.
st.checkbox("Something else to click")
