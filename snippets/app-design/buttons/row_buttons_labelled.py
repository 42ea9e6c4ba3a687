import streamlit as st

st.session_state.setdefault("done", [])
chores = ["Water the plants", "Pay the rent"]

for chore in chores:
    # Still no key, but each label is different, so each ID is too.
    if st.button(f"Done: {chore}"):
        st.session_state.done.append(chore)

st.write(f"Done: {st.session_state.done}")
