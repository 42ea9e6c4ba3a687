import streamlit as st

st.session_state.setdefault("app_runs", 0)
st.session_state.app_runs += 1
st.write(f"App runs: {st.session_state.app_runs}")


@st.fragment(key="scores")
def scores():
    st.session_state.setdefault("score_runs", 0)
    st.session_state.score_runs += 1
    st.write(f"Score runs: {st.session_state.score_runs}")


def note_saved():
    st.session_state.saved = st.session_state.note  # returns normally


scores()
st.text_input("Note", key="note", on_change=note_saved)
st.text_input("Urgent note", on_change=lambda: st.rerun())  # plain st.rerun()
st.button("Refresh scores", on_click=lambda: st.rerun("scores"))
