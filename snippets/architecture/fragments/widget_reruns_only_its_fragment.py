import streamlit as st

st.session_state.setdefault("app_runs", 0)
st.session_state.app_runs += 1
st.write(f"App runs: {st.session_state.app_runs}")


@st.fragment
def weather():
    st.session_state.setdefault("weather_runs", 0)
    st.session_state.weather_runs += 1
    st.button("Refresh weather")
    st.write(f"Weather runs: {st.session_state.weather_runs}")


@st.fragment
def traffic():
    st.session_state.setdefault("traffic_runs", 0)
    st.session_state.traffic_runs += 1
    st.button("Refresh traffic")
    st.write(f"Traffic runs: {st.session_state.traffic_runs}")


weather()
traffic()
st.button("Refresh everything")
