import streamlit as st

st.session_state.full_runs = st.session_state.get("full_runs", 0) + 1
st.number_input("Minimum rating", 0, 5, key="min_rating")
st.write(f"Full runs: {st.session_state.full_runs}")


@st.fragment
def clock():
    st.session_state.ticks = st.session_state.get("ticks", 0) + 1
    st.button("Refresh the clock")  # Reruns this fragment only.
    found = "min_rating" in st.session_state
    st.write(f"Clock run {st.session_state.ticks}, key in Session State: {found}")


clock()
