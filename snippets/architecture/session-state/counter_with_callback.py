import streamlit as st

st.session_state.setdefault("clicks", 0)


def add_one():
    st.session_state.clicks += 1


# The callback runs before the rerun starts, so this line, drawn above the
# button, already shows the new value.
st.write(f"Clicks: {st.session_state.clicks}")
st.button("Add one", on_click=add_one)
