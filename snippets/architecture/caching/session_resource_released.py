import uuid

import streamlit as st


@st.cache_resource
def release_log():
    return []  # one list for the whole server


def on_release(workspace):
    release_log().append(workspace["owner"])


@st.cache_resource(scope="session", on_release=on_release)
def workspace():
    return {"owner": uuid.uuid4().hex[:6]}


st.write(f"My workspace: {workspace()['owner']}")


@st.fragment(run_every="0.5s")
def released():
    st.write(f"Released so far: {release_log()}")


released()
