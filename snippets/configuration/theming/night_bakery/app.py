import streamlit as st

st.title("Night bakery")
st.write("Fresh bread at [midnight](https://example.com), see `menu.pdf`.")
st.markdown(":red[Sold out:] rye. :blue-background[New:] pretzels.")
st.text_input("Your order")
st.button("Order", type="primary")
st.sidebar.write("Open 22:00 to 06:00")
