import json

import streamlit as st

st.write(json.loads("{not json"))  # raises json.JSONDecodeError
