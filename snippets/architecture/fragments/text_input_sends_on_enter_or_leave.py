import streamlit as st


@st.fragment(run_every=0.5)  # reruns on its own, so Python looks again and again
def greeter():
    st.session_state.setdefault("looks", 0)
    st.session_state.looks += 1
    st.write(f"Python looked {st.session_state.looks} times")
    st.text_input("Your name", key="name")
    st.write(f"Python sees: {st.session_state.name}")


greeter()
