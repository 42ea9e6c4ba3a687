import streamlit as st

st.session_state.setdefault("likes", 0)


@st.fragment
def like_button(likes_at_call):
    if st.button("Like"):
        st.session_state.likes += 1
    st.write(f"Argument says: {likes_at_call}")
    st.write(f"Session State says: {st.session_state.likes}")
    return st.session_state.likes


returned = like_button(st.session_state.likes)
st.write(f"Return value says: {returned}")
st.button("Rerun the app")
