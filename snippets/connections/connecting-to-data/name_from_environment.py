import streamlit as st

# DB_CONN=pets_db streamlit run name_from_environment.py
conn = st.connection("env:DB_CONN", type="sql")
st.write(conn.engine.url.database)
