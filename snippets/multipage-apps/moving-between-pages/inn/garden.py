import streamlit as st

st.header("Garden")
st.write(f"Query parameters: {st.query_params.to_dict()}")
st.write(f"Guest: {st.session_state.get('guest')}")
st.page_link("lobby.py", label="Back to the lobby")
st.markdown("[The lobby, by a plain link](./)")
