import streamlit as st

outside = st.container()  # created before, outside the cached function


@st.cache_data
def report():
    outside.write("Written into a block the cache did not see created")
    return 42


report()
st.button("Rerun")
