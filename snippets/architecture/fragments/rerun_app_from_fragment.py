import streamlit as st

st.session_state.setdefault("app_runs", 0)
st.session_state.setdefault("saved", 0)
st.session_state.app_runs += 1
st.write(f"App runs: {st.session_state.app_runs}")
st.write(f"Saved drafts: {st.session_state.saved}")


@st.fragment
def editor():
    if st.button("Save draft"):
        st.session_state.saved += 1
        st.rerun()  # scope="app" is the default


editor()
