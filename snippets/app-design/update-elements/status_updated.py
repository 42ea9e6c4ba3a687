import streamlit as st

with st.status("Fetching reports", expanded=True) as job:
    st.write("Asked the server")
    st.write("Received 3 reports")
    job.update(label="Reports fetched", state="complete", expanded=False)

with st.status("Checking links"):
    st.write("All links work")  # leaving the block sets "complete"
