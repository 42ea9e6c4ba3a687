import threading

import streamlit as st

outcome = {}


def fetch_price():
    st.write("Price: 42")  # no run context here: drawn nowhere, no error
    st.session_state.price = 42  # goes to a throwaway state, not this session's
    outcome["finished"] = True


worker = threading.Thread(target=fetch_price, name="price-fetcher")
worker.start()
worker.join()
st.write(f"Thread finished: {outcome.get('finished', False)}")
st.write(f"price in Session State: {'price' in st.session_state}")
