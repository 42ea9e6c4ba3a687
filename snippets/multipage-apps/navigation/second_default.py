import streamlit as st

st.navigation(
    [
        st.Page(lambda: st.write("a"), title="A", default=True),
        st.Page(lambda: st.write("b"), title="B", default=True),
    ]
).run()
