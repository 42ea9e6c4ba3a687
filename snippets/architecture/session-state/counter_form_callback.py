import datetime

import streamlit as st

if "stock" not in st.session_state:
    st.session_state.stock = 0
    st.session_state.restocked_at = None


def restock():
    # Widgets with a key store their value in session state.
    st.session_state.stock += st.session_state.delivered
    st.session_state.restocked_at = st.session_state.delivery_time


with st.form("restock"):
    st.number_input("Units delivered", value=0, step=1, key="delivered")
    st.time_input("Delivery time", value=datetime.time(9, 0), key="delivery_time")
    st.form_submit_button("Record delivery", on_click=restock)

st.write(f"In stock: {st.session_state.stock}")
st.write(f"Last delivery: {st.session_state.restocked_at}")
