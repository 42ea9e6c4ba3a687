import streamlit as st


class Inventory:
    def __init__(self, url):
        self.url = url

    @st.cache_resource
    @staticmethod
    def connect(url):
        return Inventory(url)


shop = Inventory.connect("sqlite:///stock.db")  # through the class: fine
st.write("Connected to", shop.url)

# Through an instance, the instance is passed first and hashed as `url`.
shop.connect("sqlite:///stock.db")
st.write("Connected again")  # never runs: hashing the instance fails first
