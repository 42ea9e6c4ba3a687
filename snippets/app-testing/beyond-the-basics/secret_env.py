import os

import streamlit as st

st.text(f"secret: {st.secrets.get('API_TOKEN', 'unset')}")
st.text(f"environment: {os.environ.get('API_TOKEN', 'unset')}")
