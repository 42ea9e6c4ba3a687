import streamlit as st

st.write("Served under:", st.get_option("server.baseUrlPath"))
