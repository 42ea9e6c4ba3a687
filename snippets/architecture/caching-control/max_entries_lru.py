import streamlit as st

kind = st.radio("Decorator", ["cache_data", "cache_resource"], key="kind")
cache = getattr(st, kind)  # st.cache_data or st.cache_resource
computed = st.session_state.setdefault(kind, [])


@cache(max_entries=2)
def square(n):
    computed.append(n)
    return n * n


for n in [1, 2, 1, 3, 1, 2]:  # 1 is read again just before 3 arrives
    square(n)

st.write("Computed:", str(computed))
