import streamlit as st

st.session_state.setdefault("runs", 0)


@st.cache_data
def greeting(*_names):  # the values in *_names have no parameter name of their own
    st.session_state.runs += 1
    return "Hello " + " and ".join(_names)


st.write(greeting("Ada"))
st.write(greeting("Bob"))  # hashed after all: a miss, not Ada's result
st.write(f"greeting ran {st.session_state.runs} times")
