import streamlit as st

st.session_state.setdefault("app_runs", 0)
st.session_state.app_runs += 1
st.write(f"App runs: {st.session_state.app_runs}")


@st.fragment
def player():
    st.session_state.setdefault("player_runs", 0)
    st.session_state.player_runs += 1
    st.sidebar.button("Next track")
    st.write(f"Player runs: {st.session_state.player_runs}")


player()
