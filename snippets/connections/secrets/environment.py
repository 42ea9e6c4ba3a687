import os

import streamlit as st

st.write(f"{len(st.secrets)} secrets")  # the first read parses the files
for name in ["api_token", "retries", "timeout", "debug", "hosts", "service", "token"]:
    st.write(f"{name}: {os.environ.get(name, '(not set)')}")
