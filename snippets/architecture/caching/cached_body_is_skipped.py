import streamlit as st

runs = st.session_state.setdefault("runs", {"plain": 0, "cached": 0})


def squares_plain(n):
    runs["plain"] += 1
    return sum(i * i for i in range(n))


@st.cache_data
def squares_cached(n):
    runs["cached"] += 1
    return sum(i * i for i in range(n))


n = st.number_input("n", value=1_000)
st.write("Plain:", squares_plain(n), "Cached:", squares_cached(n))
st.button("Rerun")
st.write(f"plain ran {runs['plain']} times, cached ran {runs['cached']} times")
