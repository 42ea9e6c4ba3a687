import streamlit as st

st.write(f"greeting: {st.secrets.greeting}")
st.write(f"shop_name: {st.secrets.shop_name}")
st.write(f"oven: {st.secrets.oven}")
st.write(f"database: {st.secrets.database.to_dict()}")
