import streamlit as st

st.session_state.setdefault("score", 0)


def change(by=0):
    st.session_state.score += by


st.button("Bonus +5", on_click=change, kwargs={"by": 5})
st.button("Penalty -1", on_click=change, kwargs={"by": -1})
st.write(f"Score: {st.session_state.score}")
