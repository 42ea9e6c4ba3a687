import streamlit as st

table = st.data_editor({"item": ["tea", "milk"], "qty": [1, 2]}, key="shopping")

# The editor returns the table; under its key, session state holds the edits.
st.write(f"Returned: {type(table).__name__} with the columns {list(table)}")
st.write(f"Under the key: {sorted(st.session_state.shopping)}")
