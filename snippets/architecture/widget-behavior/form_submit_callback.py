import streamlit as st

if "guests" not in st.session_state:
    st.session_state.guests = []


def sign_in():
    guest = st.session_state.guest  # The value submitted with the form.
    if guest in st.session_state.guests:
        st.warning(f"{guest} has already signed in.")
    else:
        st.session_state.guests.append(guest)


with st.form("guest_book"):
    st.text_input("Your name", key="guest")
    st.form_submit_button("Sign in", on_click=sign_in)

st.write(f"Guests: {len(st.session_state.guests)}")
