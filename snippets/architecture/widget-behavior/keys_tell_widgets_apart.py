import streamlit as st

draft = st.button("Save", key="save_draft")
final = st.button("Save", key="save_final")

st.write(f"Draft saved: {draft}, final saved: {final}")
