import streamlit as st

# The parts come from [connections.shop_db] in the secrets.
conn = st.connection("shop_db", type="sql")
