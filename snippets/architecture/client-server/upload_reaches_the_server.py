import streamlit as st

upload = st.file_uploader("A CSV file", type="csv")
if upload is not None:
    # Bytes and a name: the reader's folders stay on the reader's computer.
    st.write(f"Got `{upload.name}`, {upload.size} bytes")
    st.write(f"First line: {upload.getvalue().splitlines()[0].decode()}")
