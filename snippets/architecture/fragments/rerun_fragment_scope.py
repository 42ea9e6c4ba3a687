import streamlit as st

st.session_state.setdefault("app_runs", 0)
st.session_state.setdefault("cart_size", 0)
st.session_state.app_runs += 1
st.write(f"App runs: {st.session_state.app_runs}")


@st.fragment
def cart():
    st.write(f"Items in cart: {st.session_state.cart_size}")
    if st.button("Add item"):
        st.session_state.cart_size += 1
        st.rerun(scope="fragment")


cart()
