import streamlit as st

if "events" not in st.session_state:
    st.session_state.events = []


def on_color_change():
    st.session_state.events.append(f"callback sees {st.session_state.color}")
    st.write("Written by the callback")


st.write("Top of the script")
color = st.selectbox("Color", ["red", "green"], key="color", on_change=on_color_change)
st.session_state.events.append(f"script sees {color}")

st.write(st.session_state.events)
st.button("Rerun")
