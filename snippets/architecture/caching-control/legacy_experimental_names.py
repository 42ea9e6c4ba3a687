import streamlit as st

old_name = st.radio("Old decorator", ["experimental_memo", "experimental_singleton"])
decorator = getattr(st, old_name)
st.write(f"st.{old_name} still exists")  # never runs: getattr fails first
