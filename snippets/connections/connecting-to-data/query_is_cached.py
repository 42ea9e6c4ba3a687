import streamlit as st
from sqlalchemy import text

conn = st.connection("pets_db", type="sql")
with conn.session as session:
    session.execute(text("CREATE TABLE IF NOT EXISTS visits (n INTEGER)"))
    session.execute(text("INSERT INTO visits VALUES (1)"))  # one row per run
    session.commit()

cached = conn.query("SELECT COUNT(*) AS n FROM visits")
fresh = conn.query("SELECT COUNT(*) AS n FROM visits", ttl=0)
st.write(f"cached: {cached.n[0]}, with ttl=0: {fresh.n[0]}")
