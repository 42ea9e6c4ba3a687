import pandas as pd
import streamlit as st

orders = pd.DataFrame(
    {
        "order_id": [101, 102, 103],
        "customer": ["Ada", "Grace", "Linus"],
        "total": [12.5, 40.0, 7.25],
        "card_number": ["4111 1111", "5500 0000", "3400 0000"],
    }
).set_index("order_id")

# Shows total, then customer; no index, no card_number.
st.dataframe(orders, hide_index=True, column_order=["total", "customer"])
