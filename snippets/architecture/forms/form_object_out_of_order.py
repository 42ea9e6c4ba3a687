import streamlit as st

# Create the form first and keep the container in a variable.
survey = st.form("survey")

# This call writes to the main area, so it appears below the whole form.
st.write("Thanks for taking part!")

# Calls on the form object go inside the form, wherever they happen in the script.
# The submit button may come first: it is still part of the form.
sent = survey.form_submit_button("Send")
mood = survey.radio("Mood", ["happy", "tired"])

if sent:
    survey.write(f"You are {mood}.")
