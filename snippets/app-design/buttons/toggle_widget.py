import streamlit as st

# Both widgets keep their value across reruns without any session state code.
if st.toggle("Advanced options"):
    st.slider("Retries", 0, 5, key="retries")
if st.checkbox("Show notes"):
    st.text_area("Notes", key="notes")
