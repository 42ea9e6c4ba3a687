import streamlit as st

st.session_state.setdefault("app_runs", 0)
st.session_state.app_runs += 1


@st.dialog("Rename")
def rename():
    st.session_state.dialog_runs = st.session_state.get("dialog_runs", 0) + 1
    st.text_input("New name", key="new_name")
    st.button("Check")  # reruns the dialog only
    st.write(f"Dialog runs: {st.session_state.dialog_runs}")
    if st.button("Save"):
        st.session_state.name = st.session_state.new_name
        st.rerun()  # closes the dialog: the whole app reruns


st.write(f"Name: {st.session_state.get('name', 'untitled')}")
st.write(f"App runs: {st.session_state.app_runs}")
if st.button("Rename"):
    rename()
