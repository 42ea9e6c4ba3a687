from datetime import UTC, datetime, timedelta, timezone

import numpy as np
import pandas as pd
import streamlit as st

st.session_state.setdefault("calls", 0)
berlin_summer = timezone(timedelta(hours=2))


@st.cache_data
def summarize(value):
    st.session_state.calls += 1
    return str(value)


# Each rerun builds new objects with the same contents.
summarize(pd.DataFrame({"qty": [1, 2, 3]}))
summarize(pd.Series([1.5, 2.5]))
summarize(np.array([[1, 2], [3, 4]]))
summarize(datetime(2024, 5, 1, 9, 30, tzinfo=berlin_summer))
summarize(datetime(2024, 5, 1, 9, 30, tzinfo=UTC))  # same clock time, other offset
st.write(f"Function body ran {st.session_state.calls} times")
