import streamlit as st

st.session_state.setdefault("app_runs", 0)
st.session_state.app_runs += 1
st.write(f"App runs: {st.session_state.app_runs}")


@st.fragment(key="scores")
def scores():
    st.session_state.setdefault("score_runs", 0)
    st.session_state.score_runs += 1
    st.write(f"Score runs: {st.session_state.score_runs}")


scores()
st.button("Refresh scores", on_click=lambda: st.rerun("scores"))
