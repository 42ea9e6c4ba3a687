import streamlit as st

# Dict notation: guard with `in`, then assign once.
if "greeting" not in st.session_state:
    st.session_state["greeting"] = "hello"

# Attribute notation does the same.
if "language" not in st.session_state:
    st.session_state.language = "en"

# setdefault only assigns when the key is missing.
st.session_state.setdefault("visits", 0)
st.session_state.visits += 1

# Either notation reads any key, whichever way it was written.
st.write(f"{st.session_state.greeting} / {st.session_state['language']}")
st.write(f"Runs in this session: {st.session_state['visits']}")
st.button("Rerun")
