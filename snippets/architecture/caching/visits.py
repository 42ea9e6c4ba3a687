import streamlit as st
from shared_tally import shared_tally

tally = shared_tally()
tally.add()
st.write(f"Visits so far, all sessions together: {tally.count}")
