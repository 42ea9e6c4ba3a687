import streamlit as st

st.session_state.setdefault("ticket", 1)

# Read before the button has run on this pass through the script.
st.subheader(f"Now serving ticket {st.session_state.ticket}")

if st.button("Call next ticket"):
    st.session_state.ticket += 1

# Read after it.
st.caption(f"Ticket in session state: {st.session_state.ticket}")
