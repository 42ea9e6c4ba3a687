import streamlit as st

st.session_state.setdefault("app_runs", 0)
st.session_state.app_runs += 1
st.write("Page title")
st.write(f"App runs: {st.session_state.app_runs}")


def announce():
    st.write("Written by the callback")


@st.fragment
def panel():
    st.button("Announce", on_click=announce)
    st.write("Panel text")


panel()
st.button("Rerun the app")
