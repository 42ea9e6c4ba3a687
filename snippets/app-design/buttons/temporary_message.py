import streamlit as st

valid_codes = {"SPRING10", "WELCOME"}

code = st.text_input("Promo code")
if st.button("Check code"):
    # Shown on the click's rerun only: the next interaction clears it.
    if code.upper() in valid_codes:
        st.success("That code works.")
    else:
        st.error("Unknown code.")
