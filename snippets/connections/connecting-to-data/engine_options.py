import streamlit as st

# [connections.tuned.create_engine_kwargs] in secrets sets echo = true
tuned = st.connection("tuned", type="sql")
quiet = st.connection("tuned", type="sql", echo=False)  # the argument wins
st.write(f"echo: {tuned.engine.echo}, with echo=False: {quiet.engine.echo}")
