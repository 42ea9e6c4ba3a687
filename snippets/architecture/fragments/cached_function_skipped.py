import streamlit as st

st.session_state.setdefault("app_runs", 0)
st.session_state.setdefault("loads", 0)
st.session_state.app_runs += 1


@st.cache_data
def load_prices():
    st.session_state.loads += 1
    return [3, 5, 8]


prices = load_prices()
st.write(f"App runs: {st.session_state.app_runs}")
st.write(f"Price loads: {st.session_state.loads}")
st.button("Rerun")
