import streamlit as st

# The first column gets two shares of the width, the second one share.
chart, notes = st.columns([2, 1], gap="large", vertical_alignment="bottom")
chart.write("Sales by month")
chart.bar_chart({"sales": [3, 5, 2, 6]}, height=200)
notes.write("Best month: April")  # at the bottom of its column
