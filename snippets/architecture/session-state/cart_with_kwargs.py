import streamlit as st

st.session_state.setdefault("cart", {})


def add_to_cart(item, qty):
    cart = st.session_state.cart
    cart[item] = cart.get(item, 0) + qty


st.button("A dozen eggs", on_click=add_to_cart, kwargs={"item": "eggs", "qty": 12})
st.button("Two loaves", on_click=add_to_cart, kwargs={"item": "bread", "qty": 2})
st.write(f"Cart: {st.session_state.cart}")
