import streamlit as st


def describe(size_when_drawn):
    st.session_state.message = (
        f"Argument: {size_when_drawn}, Session State: {st.session_state.size}"
    )


# `args` is evaluated now, while the widget is drawn, not when it changes.
size = st.session_state.get("size", "S")
st.radio("Size", ["S", "M", "L"], key="size", on_change=describe, args=(size,))

st.write(st.session_state.get("message", "No change yet"))
