import streamlit as st

st.navigation([st.Page("cart.py"), st.Page("checkout.py")]).run()
