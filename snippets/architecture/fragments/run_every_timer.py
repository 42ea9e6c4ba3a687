import streamlit as st

st.session_state.setdefault("app_runs", 0)
st.session_state.app_runs += 1
st.write(f"App runs: {st.session_state.app_runs}")


@st.fragment(run_every=0.5)
def clock():
    st.session_state.setdefault("ticks", 0)
    st.session_state.setdefault("clicks", 0)
    if st.button("Refresh now"):
        st.session_state.clicks += 1
    else:  # a timer run (or the first, full run)
        st.session_state.ticks += 1
    st.write(f"Clock ticks: {st.session_state.ticks}")
    st.write(f"Clicks: {st.session_state.clicks}")


clock()
