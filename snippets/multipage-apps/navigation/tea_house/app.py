import streamlit as st


def about():
    st.header("About")
    st.write("Open since 1921.")


menu = st.Page("menu.py", title="Today's menu", icon="🍵", url_path="today")
orders = st.Page("orders.py")  # title "orders", URL path "orders"
pg = st.navigation({"Shop": [menu, orders], "Info": [st.Page(about)]})

st.title("Tea house")  # the frame: drawn on every page, before it
pg.run()
st.caption("Prices include tax.")  # and after it
