import streamlit as st

st.session_state.setdefault("ticket", 1)
st.session_state.setdefault("runs", 0)
st.session_state.runs += 1


def call_next():
    st.session_state.ticket += 1


# call_next has already run when the script reaches this line.
st.subheader(f"Now serving ticket {st.session_state.ticket}")
st.button("Call next ticket", on_click=call_next)
st.caption(f"Ticket in session state: {st.session_state.ticket}")
