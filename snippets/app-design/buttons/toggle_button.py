import streamlit as st

st.session_state.setdefault("advanced", False)


def flip():
    st.session_state.advanced = not st.session_state.advanced


st.button("Advanced options", on_click=flip)

if st.session_state.advanced:
    st.write("Advanced options: on")
    st.slider("Retries", 0, 5, key="retries")
else:
    st.write("Advanced options: off")
