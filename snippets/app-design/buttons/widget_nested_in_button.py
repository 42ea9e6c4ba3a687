import streamlit as st

if st.button("Subscribe"):
    email = st.text_input("Email")
    if email:
        # Typing reruns the script, the button is False, the input is gone.
        st.success(f"Subscribed {email}")  # never runs
