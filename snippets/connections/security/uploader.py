import streamlit as st

price_list = st.file_uploader("Upload a price list")
st.write("nothing uploaded" if price_list is None else price_list.name)
