import streamlit as st

st.session_state.setdefault("ticket", 1)
st.session_state.setdefault("runs", 0)
st.session_state.runs += 1

st.subheader(f"Now serving ticket {st.session_state.ticket}")

if st.button("Call next ticket"):
    st.session_state.ticket += 1
    st.rerun()  # end this run here and start a new one from line 1
    st.session_state.after_rerun = True  # never runs: st.rerun() ended the run

st.caption(f"Ticket in session state: {st.session_state.ticket}")
