import streamlit as st


@st.cache_data
def data_list():
    return ["a"]


@st.cache_resource
def resource_list():
    return ["a"]


copy = data_list()
copy.append("b")  # changes this copy only
shared = resource_list()
shared.append("b")  # changes the cached object itself

st.write(f"cache_data now returns {data_list()}")
st.write(f"cache_resource now returns {resource_list()}")
st.write(f"same object twice? data: {data_list() is data_list()}")
st.write(f"same object twice? resource: {resource_list() is resource_list()}")
st.button("Rerun")
