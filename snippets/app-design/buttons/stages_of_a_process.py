import streamlit as st

# 0: not started, 1: asked for a name, 2: asked for a size, 3: done.
st.session_state.setdefault("step", 0)


def go_to(step):
    st.session_state.step = step


def name_changed():
    # An earlier answer changed, so the later one must be given again.
    st.session_state.size = None
    go_to(2)


if st.session_state.step == 0:
    st.button("Start order", on_click=go_to, args=[1])

if st.session_state.step >= 1:
    name = st.text_input("Your name", on_change=name_changed)

if st.session_state.step >= 2:
    st.write(f"Hi {name}!")
    size = st.selectbox(
        "Size", ["small", "large"], index=None, key="size", on_change=go_to, args=[3]
    )

if st.session_state.step >= 3:
    st.write(f"One {size} coffee for {name}.")
    st.button("Start over", on_click=go_to, args=[0])
