import streamlit as st

st.session_state.setdefault("mood", "calm")

if st.button("Cheer up"):
    st.session_state.mood = "cheerful"  # attribute notation
if st.button("Calm down"):
    st.session_state["mood"] = "calm"  # dict notation

st.write(f"Mood: {st.session_state.mood}")
