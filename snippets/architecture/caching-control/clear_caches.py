import streamlit as st

runs = st.session_state.setdefault("runs", {"prices": 0, "stock": 0, "model": 0})


@st.cache_data
def prices():
    runs["prices"] += 1
    return [3.5, 4.0]


@st.cache_data
def stock():
    runs["stock"] += 1
    return {"tea": 12}


@st.cache_resource
def model():
    runs["model"] += 1
    return object()


if st.button("Clear prices"):
    prices.clear()  # this function only
if st.button("Clear all st.cache_data"):
    st.cache_data.clear()  # every st.cache_data function
if st.button("Clear all st.cache_resource"):
    st.cache_resource.clear()  # every st.cache_resource function

prices()
stock()
model()
st.write(f"Runs: {runs}")
