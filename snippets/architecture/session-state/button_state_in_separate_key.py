import streamlit as st

st.session_state.setdefault("door", "open")


def set_door(position):
    st.session_state.door = position  # our own key: assignable, and it stays


st.button("Lock", key="lock_button", on_click=set_door, args=("locked",))
st.button("Unlock", on_click=set_door, args=("open",))
st.write(f"Lock button: {st.session_state.lock_button}")
st.write(f"Door: {st.session_state.door}")
