import streamlit as st

conn = st.connection("pets_db", type="sql")

with conn.session as session:
    # SQLAlchemy 1.4 ran a plain string; 2.x refuses it.
    session.execute("CREATE TABLE IF NOT EXISTS owners (person TEXT, pet TEXT)")
    st.write("table made")  # never runs: execute raises first
