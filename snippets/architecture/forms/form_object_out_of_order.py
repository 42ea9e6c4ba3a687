import streamlit as st


def vote_button(form):
    return form.form_submit_button("Vote")


ballot_col, info_col = st.columns([2, 1])
ballot = ballot_col.form("ballot")
info_col.write("One vote per visit.")
st.write("Results are announced at noon.")

voted = vote_button(ballot)
lunch = ballot.selectbox("Lunch", ["pizza", "ramen", "salad"])
if voted:
    ballot.write(f"Counted: {lunch}")
