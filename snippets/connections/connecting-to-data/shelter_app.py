import streamlit as st
from shelter_connection import ShelterConnection

conn = st.connection("shelter", type=ShelterConnection)  # [connections.shelter]
st.write(", ".join(conn.animals()))
