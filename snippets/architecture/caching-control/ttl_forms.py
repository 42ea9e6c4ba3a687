from datetime import timedelta

import streamlit as st

kind = st.radio("Decorator", ["cache_data", "cache_resource"], key="kind")
cache = getattr(st, kind)  # st.cache_data or st.cache_resource
fetches = st.session_state.setdefault(kind, [])


@cache(ttl=600)  # a number: seconds
def rates_by_seconds():
    fetches.append("seconds")
    return 1.08


@cache(ttl=timedelta(minutes=10))
def rates_by_timedelta():
    fetches.append("timedelta")
    return 1.08


@cache(ttl="10min")  # any string pandas.Timedelta understands
def rates_by_string():
    fetches.append("string")
    return 1.08


rates_by_seconds()
rates_by_timedelta()
rates_by_string()
st.write("Fetched so far:", ", ".join(fetches))
