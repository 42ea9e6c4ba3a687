import streamlit as st

if "level" not in st.session_state:
    st.session_state.level = 5

low = st.number_input("Lowest", 0, 5, key="low")
high = st.number_input("Highest", 6, 10, value=10, key="high")

# Write the key before the slider: the new slider adopts this value.
st.session_state.level = min(max(st.session_state.level, low), high)
level = st.slider("Level", low, high, key="level")

st.write(f"Level: {level}")
