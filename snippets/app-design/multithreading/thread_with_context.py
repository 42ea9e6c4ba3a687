import threading

import streamlit as st
from streamlit.runtime.scriptrunner import add_script_run_ctx


def fetch_price(shop, box):
    box.write(f"{shop}: 42")  # into the container the script made for it
    st.session_state[shop] = 42


boxes = {shop: st.container() for shop in ["North", "South"]}
workers = [
    add_script_run_ctx(threading.Thread(target=fetch_price, args=(shop, box)))
    for shop, box in boxes.items()
]
for worker in workers:
    worker.start()
for worker in workers:
    worker.join()  # before the script ends
st.write(f"In Session State: {sorted(st.session_state.keys())}")
