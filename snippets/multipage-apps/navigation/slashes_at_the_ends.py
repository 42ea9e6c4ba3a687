import streamlit as st

home = st.Page(lambda: st.write("home"), title="Home")
shop = st.Page(lambda: st.write("shop"), title="Shop", url_path="/shop/")
st.navigation([home, shop]).run()
st.write(f"The shop's URL path: {shop.url_path}")
