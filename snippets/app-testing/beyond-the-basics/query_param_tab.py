import streamlit as st

tab = st.query_params.get("tab", "home")
st.text(f"tab: {tab}")
st.query_params["seen"] = tab
