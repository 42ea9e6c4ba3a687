import streamlit as st

st.session_state.setdefault("locked", False)


def flip_lock():
    st.session_state.locked = not st.session_state.locked


st.button("Lock / unlock", on_click=flip_lock)
st.slider("Volume", 0, 100, disabled=st.session_state.locked)
