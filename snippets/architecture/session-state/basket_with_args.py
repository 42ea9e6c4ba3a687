import streamlit as st

st.session_state.setdefault("basket", [])


def put_in_basket(fruit):
    st.session_state.basket.append(fruit)


fruit = st.selectbox("Fruit", ["apple", "pear", "plum"])
# args is evaluated now, when the button is drawn, and passed on the click.
st.button("Put in basket", on_click=put_in_basket, args=(fruit,))
st.write(f"Basket: {', '.join(st.session_state.basket) or 'empty'}")
