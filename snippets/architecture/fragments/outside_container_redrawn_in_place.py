import streamlit as st

st.session_state.setdefault("app_runs", 0)
st.session_state.app_runs += 1
st.write(f"App runs: {st.session_state.app_runs}")

status = st.container(border=True)
status.write("Status panel")


@st.fragment
def uploader():
    st.session_state.setdefault("batches", 0)
    st.session_state.batches += 1
    st.button("Upload a batch")
    status.write(f"Batch {st.session_state.batches} uploaded")


uploader()
