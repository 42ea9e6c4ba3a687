import streamlit as st

token = st.secrets["service"]["token"]
st.text(f"token ends in {token[-4:]}")
