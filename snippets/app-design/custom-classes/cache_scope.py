import streamlit as st


class Client:
    pass


@st.cache_resource  # scope="global" is the default
def shared_client():
    return Client()


@st.cache_resource(scope="session")
def own_client():
    return Client()


st.write("Shared client:", id(shared_client()))
st.write("This session's client:", id(own_client()))
