import streamlit as st

ran = []
sales, costs = st.tabs(["Sales", "Costs"])
with sales:
    ran.append("Sales")
    st.write("Sales: 120")
with costs:
    ran.append("Costs")  # runs too, though the reader sees the Sales tab
    st.write("Costs: 80")
st.write(f"Ran: {ran}; Sales open: {sales.open}")
