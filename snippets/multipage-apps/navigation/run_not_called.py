import streamlit as st


def hello():
    st.write("Hello from the page")  # never runs: nothing calls pg.run()


pg = st.navigation([st.Page(hello)])
st.write(f"Selected: {pg.title}")
# No pg.run(): the selected page's code never runs.
