import streamlit as st


class Ticket:
    def __init__(self, number):
        self.number = number


# The first run stores a Ticket built from this run's class.
if "ticket" not in st.session_state:
    st.session_state.ticket = Ticket(42)

# Every rerun executes `class Ticket` again and makes a brand-new class.
st.write("Still a Ticket?", isinstance(st.session_state.ticket, Ticket))
st.button("Rerun")
