import streamlit as st

# Drawn by the entrypoint, so on every page: it keeps its value.
st.sidebar.selectbox("Currency", ["EUR", "USD"], key="currency")

pg = st.navigation([st.Page("cart.py", default=True), st.Page("checkout.py")])
pg.run()
