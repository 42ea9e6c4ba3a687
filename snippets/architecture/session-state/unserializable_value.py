import streamlit as st


def ticket_numbers():
    number = 100
    while True:
        yield number
        number += 1


# A generator cannot be pickled. With runner.enforceSerializableSessionState
# on, every run that ends with it in session state fails, after its last line.
if st.button("Open the ticket desk"):
    st.session_state.tickets = ticket_numbers()
if st.button("Close the ticket desk"):
    st.session_state.pop("tickets", None)

if "tickets" in st.session_state:
    st.write(f"Next ticket: {next(st.session_state.tickets)}")
