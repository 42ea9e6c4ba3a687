from datetime import datetime, timedelta, timezone

import pandas as pd
import streamlit as st

naive = datetime(2020, 1, 10, 10, 30)  # no timezone
aware = datetime(2020, 1, 10, 10, 30, tzinfo=timezone(timedelta(hours=-5)))

st.write(naive)
st.write(aware)
st.table(pd.DataFrame({"naive": [naive], "aware": [aware]}))
