from dataclasses import dataclass

import streamlit as st


@dataclass(order=True)  # generates <, <=, >, >= as well as ==
class Version:
    major: int
    minor: int


if "installed" not in st.session_state:
    st.session_state.installed = Version(1, 2)

# The generated __lt__ also requires both sides to share one class.
st.write("Update available?", st.session_state.installed < Version(1, 3))
st.button("Rerun")
