import streamlit as st

winter = st.toggle("Winter menu")
drinks = ["tea", "cocoa"] if winter else ["tea", "lemonade"]

# Keyed: the options are not part of its ID, so it stays the same widget.
drink = st.selectbox("Drink", drinks, key="drink")

st.write(f"Drink: {drink}")
