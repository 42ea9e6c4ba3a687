from concurrent.futures import ThreadPoolExecutor

import streamlit as st


def fetch_price(shop):  # plain Python: no Streamlit calls in the thread
    return {"North": 42, "South": 40}[shop]


with ThreadPoolExecutor() as pool:
    prices = dict(zip(["North", "South"], pool.map(fetch_price, ["North", "South"])))
for shop, price in prices.items():  # the script thread draws
    st.write(f"{shop}: {price}")
