import streamlit as st

st.session_state.setdefault("poured", 0)

st.title("Tea counter")
name = st.text_input("Your name", key="name")
size = st.selectbox("Cup", ["small", "large"], key="size")
cups = st.number_input("Cups to pour", 0, 5, key="cups")
if st.button("Pour", key="pour"):
    st.session_state.poured += cups

st.markdown(f"{name or 'Someone'} poured {st.session_state.poured} {size} cups")
