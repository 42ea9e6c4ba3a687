import streamlit as st
from ticket import Ticket  # a module runs once, not on every rerun

if "ticket" not in st.session_state:
    st.session_state.ticket = Ticket(42)

st.write("Still a Ticket?", isinstance(st.session_state.ticket, Ticket))
st.button("Rerun")
