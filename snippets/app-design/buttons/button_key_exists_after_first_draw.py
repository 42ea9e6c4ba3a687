import streamlit as st

# Both lines run before the button below is drawn on this run.
st.write(f"`clear` in session state: `{'clear' in st.session_state}`")
st.write(f"`st.session_state.get('clear')`: `{st.session_state.get('clear')}`")
st.button("Clear", key="clear")
