import streamlit as st


def connect(username, password):
    return f"connected as {username} ({len(password)}-character password)"


st.write(f"{st.secrets['bakery']['oven']['temperature']} degrees")  # keys
st.write(f"{st.secrets.bakery.oven.temperature} degrees")  # attributes
st.write(connect(**st.secrets.db_credentials))  # a table unpacks as keywords
