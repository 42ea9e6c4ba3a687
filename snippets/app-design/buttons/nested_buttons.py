import streamlit as st

if st.button("Step 1"):
    st.write("Step 1 done")
    if st.button("Step 2"):
        # Clicking "Step 2" reruns the script with "Step 1" back to False.
        st.write("Step 2 done")  # never runs
