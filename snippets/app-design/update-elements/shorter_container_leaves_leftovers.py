import streamlit as st

board = st.empty()
with board.container():
    st.write("Alice: 3")
    st.write("Bob: 2")
with board.container():  # one line: "Bob: 2" stays under it
    st.write("Carol: 5")

padded = st.empty()
with padded.container():
    st.write("Dan: 1")
    st.write("Eve: 4")
with padded.container():  # as many elements as before: "Eve: 4" is replaced
    st.write("Finn: 7")
    st.empty()

st.write("End of run")
