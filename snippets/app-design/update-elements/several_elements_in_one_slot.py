import streamlit as st

scoreboard = st.empty()
for round_number, leader in enumerate(["Ada", "Grace", "Linus"], start=1):
    with scoreboard.container():  # a new container replaces the last one
        st.subheader(f"Round {round_number}")
        st.write(f"Leader: {leader}")
