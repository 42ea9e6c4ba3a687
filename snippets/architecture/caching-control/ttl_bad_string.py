import streamlit as st

kind = st.radio("Decorator", ["cache_data", "cache_resource"], key="kind")
cache = getattr(st, kind)  # st.cache_data or st.cache_resource


@cache(ttl="ten minutes")  # not a pandas.Timedelta string
def rates():  # never runs: the decorator fails before the function exists
    return 1.08


st.write(rates())  # never runs: the decorator above fails first
