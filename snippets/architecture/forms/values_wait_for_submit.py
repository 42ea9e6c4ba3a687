import streamlit as st

st.session_state.runs = st.session_state.get("runs", 0) + 1

with st.form("tea_order"):
    tea = st.selectbox("Tea", ["green", "black", "oolong"])
    cups = st.slider("Cups", 1, 6)
    name = st.text_input("Name", "guest")
    st.form_submit_button("Order")

# Outside the form: a button that reruns the script without submitting it.
st.button("Refresh")

st.write(f"Run {st.session_state.runs}: {tea} tea x {cups} for {name}")
