import streamlit as st

st.session_state.setdefault("ticks", 0)


@st.fragment(run_every=0.5)
def clock():
    st.session_state.ticks += 1
    st.text(f"ticks: {st.session_state.ticks}")


clock()
