import streamlit as st

# The secrets say pets.db; the keyword argument wins.
conn = st.connection("pets_db", type="sql", url="sqlite:///other.db")
st.write(conn.engine.url.database)
