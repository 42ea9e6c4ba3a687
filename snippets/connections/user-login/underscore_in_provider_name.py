import streamlit as st

if st.button("Partner login"):
    st.login("partner_portal")  # refused, though [auth.partner_portal] exists
