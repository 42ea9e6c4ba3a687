import streamlit as st

# The reader's browser opens the reader's camera and sends the picture here.
photo = st.camera_input("Take a photo of the receipt")
if photo is not None:
    st.write(f"Got a {photo.type} picture, {photo.size} bytes")
