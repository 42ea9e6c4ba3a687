import streamlit as st

st.session_state.setdefault("guests", 0)


def add_guest():
    st.session_state.guests += 1


def guest_row(n):
    # n makes each key unique, so the row can be drawn many times per run.
    name, meal = st.columns(2)
    name.text_input("Name", key=f"name_{n}")
    meal.selectbox("Meal", ["fish", "pasta"], key=f"meal_{n}")


st.button("Add guest", on_click=add_guest)
for n in range(st.session_state.guests):
    guest_row(n)

st.subheader("Guest list")
for n in range(st.session_state.guests):
    st.write(
        f"{n + 1}. {st.session_state[f'name_{n}']}: {st.session_state[f'meal_{n}']}"
    )
