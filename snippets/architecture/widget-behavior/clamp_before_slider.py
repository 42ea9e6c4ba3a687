import streamlit as st

capacity = {"Studio": 12, "Hall": 40}
room = st.radio("Room", list(capacity), index=1)

# A new room means new bounds, so the slider below is a new widget. Writing its
# key first makes the new slider start from that value, cut down to the room's size.
if "seats" in st.session_state:
    st.session_state.seats = min(st.session_state.seats, capacity[room])

seats = st.slider("Seats to book", 1, capacity[room], key="seats")

st.write(f"Booking {seats} seats in the {room}")
