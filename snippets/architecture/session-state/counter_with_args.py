import streamlit as st

st.session_state.setdefault("total", 0)


def add(amount):
    st.session_state.total += amount


step = st.number_input("Step", value=1, step=1)
# args is evaluated now, when the button is drawn, and passed on the click.
st.button("Add step", on_click=add, args=(step,))
st.write(f"Total: {st.session_state.total}")
