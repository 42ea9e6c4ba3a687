import streamlit as st

# Without `url`, Streamlit builds one from parts and requires dialect,
# username and host, which an SQLite file does not have.
conn = st.connection("parts", type="sql", dialect="sqlite", database="pets.db")
st.write("connected")  # never runs: st.connection raises first
