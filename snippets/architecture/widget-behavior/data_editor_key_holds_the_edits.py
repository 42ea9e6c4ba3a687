import pandas as pd
import streamlit as st

prices = pd.DataFrame({"fruit": ["apple", "pear"], "price": [1.2, 0.9]})

edited = st.data_editor(prices, key="price_grid")

st.write(f"Returned: {type(edited).__name__}")
st.write(f"Under the key: {st.session_state.price_grid!r}")
