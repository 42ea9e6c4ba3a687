import streamlit as st  # never runs: files in subfolders of pages/ are not pages

st.header("Archive")  # never runs
