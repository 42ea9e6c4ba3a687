import streamlit as st


def ask_to_confirm():
    # A widget drawn by a callback, which runs before the script.
    st.checkbox("Yes, delete everything", key="confirm")


st.button("Delete everything", on_click=ask_to_confirm)
st.write(f"Confirmed: {st.session_state.get('confirm')}")
