import streamlit as st

how = st.radio("Read `api_token` by", ["key", "attribute", "get", "in"])
if how == "key":
    value = st.secrets["api_token"]
elif how == "attribute":
    value = st.secrets.api_token
elif how == "get":
    value = st.secrets.get("api_token", "no token")
else:
    value = "api_token" in st.secrets
st.write(f"value: {value}")
