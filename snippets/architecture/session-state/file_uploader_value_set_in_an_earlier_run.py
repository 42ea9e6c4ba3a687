import streamlit as st

# Assigned on the first run only, while no uploader with this key exists yet.
st.session_state.setdefault("invoice", "not a file")

if st.checkbox("Show the uploader"):
    invoice = st.file_uploader("Invoice", key="invoice")
    st.write(f"The uploader returned {invoice!r}")
