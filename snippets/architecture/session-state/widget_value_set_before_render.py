import streamlit as st

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

# Set before the selectbox is drawn: it opens on Wednesday, not on Monday.
st.session_state.setdefault("meeting_day", "Wednesday")


def move_to_friday():
    # Callbacks run before the script, so the selectbox is not drawn yet.
    st.session_state.meeting_day = "Friday"


st.selectbox("Meeting day", DAYS, key="meeting_day")
st.button("Move to Friday", on_click=move_to_friday)
