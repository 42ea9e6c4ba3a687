import streamlit as st

st.session_state.setdefault("body_runs", 0)


@st.fragment(key="quote")
@st.cache_data
def quote():
    st.session_state.body_runs += 1
    st.write(f"Quote body runs: {st.session_state.body_runs}")


quote()
st.button("Refresh quote", on_click=lambda: st.rerun("quote"))
