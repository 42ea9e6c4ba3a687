from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import streamlit as st

departure = datetime(2020, 1, 10, 15, 30, tzinfo=UTC)

zone = st.context.timezone  # the reader's browser, e.g. "Asia/Tokyo"
st.write(f"Your timezone: {zone}, offset: {st.context.timezone_offset} minutes")
if zone:
    st.write(f"Departs at {departure.astimezone(ZoneInfo(zone))} your time")
