import streamlit as st

# Set before the widget is drawn: the slider starts at 68, not at its minimum.
st.session_state.setdefault("fahrenheit", 68)


def freeze():
    # Callbacks run before the script, so the slider is not drawn yet.
    st.session_state.fahrenheit = 32


st.slider("Temperature (°F)", 0, 120, key="fahrenheit")
st.button("Freeze", on_click=freeze)
