import streamlit as st

st.session_state.setdefault("runs", 0)
st.session_state.runs += 1

# Drawn by the entrypoint, so on every page.
st.sidebar.selectbox("Currency", ["EUR", "USD"], key="currency")
st.sidebar.selectbox(
    "Language", ["English", "French"], key="language", persist_state="session"
)
st.sidebar.caption(f"Runs: {st.session_state.runs}")

pg = st.navigation([st.Page("cart.py", default=True), st.Page("checkout.py")])
pg.run()
