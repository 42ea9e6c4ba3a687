from datetime import datetime, timedelta, timezone

import streamlit as st

aware = datetime(2020, 1, 10, 10, 30, 45, tzinfo=timezone(timedelta(hours=-5)))

picked = st.datetime_input("Meeting", value=aware)
st.write(f"datetime_input: {picked!r}")  # 10:30, no seconds, no timezone
