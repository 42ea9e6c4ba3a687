import streamlit as st

st.session_state.setdefault("confirmed", False)


def confirm():
    st.session_state.confirmed = True  # our own key, not the button's


st.button("Confirm", key="confirm_button", on_click=confirm)
st.write(f"Button value: {st.session_state.confirm_button}")
st.write(f"Confirmed: {st.session_state.confirmed}")
