import datetime as dt

import streamlit as st

st.session_state.runs = st.session_state.get("runs", 0) + 1

with st.form("booking"):
    name = st.text_input("Name")
    guests = st.number_input("Guests", value=2)
    note = st.text_area("Note")
    st.time_input("Arrival", dt.time(9, 0))
    st.datetime_input("Check-out", dt.datetime(2026, 1, 5, 11, 0))
    st.date_input("Day", dt.date(2026, 1, 4))
    # Two submit buttons: the first one is the one Enter presses.
    book = st.form_submit_button("Book")
    hold = st.form_submit_button("Hold")

st.write(f"Run {st.session_state.runs}: {book=}, {hold=}, {name=}, {guests=}, {note=}")
