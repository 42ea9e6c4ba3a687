import streamlit as st

if st.button("Plan a trip"):
    nights = st.number_input("Nights", min_value=1, value=None)
    # Entering a number reruns the script without the click: no input, no metric.
    if nights is not None:
        st.metric("Hotel cost", f"{nights * 90} EUR")  # never runs
