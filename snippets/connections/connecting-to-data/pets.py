import streamlit as st
from sqlalchemy import text

conn = st.connection("pets_db", type="sql")  # [connections.pets_db] in secrets

with conn.session as session:
    session.execute(text("CREATE TABLE IF NOT EXISTS owners (person TEXT, pet TEXT)"))
    session.execute(text("DELETE FROM owners"))
    for person, pet in [("jerry", "fish"), ("barbara", "cat")]:
        session.execute(
            text("INSERT INTO owners VALUES (:person, :pet)"),
            params={"person": person, "pet": pet},
        )
    session.commit()

st.dataframe(conn.query("SELECT * FROM owners ORDER BY person"))
