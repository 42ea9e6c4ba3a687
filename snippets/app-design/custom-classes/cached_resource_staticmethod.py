import streamlit as st


class Inventory:
    def __init__(self, url):
        self.url = url

    @st.cache_resource
    @staticmethod
    def connect(url):
        return Inventory(url)


inventory = Inventory.connect("sqlite:///stock.db")
st.write("Object id:", id(inventory))
st.write("Still an Inventory?", isinstance(inventory, Inventory))
st.button("Rerun")
