import streamlit as st

chores = ["Water the plants", "Pay the rent"]

for chore in chores:
    left, right = st.columns([3, 1])
    left.write(chore)
    # No key: the ID comes from "Done" and the other parameters, the same
    # on every row. The second row's button raises.
    right.button("Done")
