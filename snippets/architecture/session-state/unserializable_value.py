import streamlit as st


def make_formatter():
    return lambda amount: f"{amount:.2f} EUR"


# A lambda cannot be pickled. With runner.enforceSerializableSessionState
# on, the run fails when it ends, after every line below has run.
st.session_state.formatter = make_formatter()
st.write(st.session_state.formatter(3))
