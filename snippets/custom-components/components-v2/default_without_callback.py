import streamlit as st

toggle = st.components.v2.component("toggle", html="<button>Toggle</button>")

# `default` names a state "on", but no on_on_change callback declares it.
toggle(key="toggle", default={"on": False})
