import streamlit as st

runs = st.session_state.setdefault("runs", 0)


@st.cache_data
def rate():
    st.session_state.runs += 1
    return 0.25  # edit this number while the app runs


st.write(f"Rate {rate()}, computed {st.session_state.runs} times")
