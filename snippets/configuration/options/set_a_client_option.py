import streamlit as st

st.set_option("client.showErrorDetails", "none")
st.write("Error details:", st.get_option("client.showErrorDetails"))
