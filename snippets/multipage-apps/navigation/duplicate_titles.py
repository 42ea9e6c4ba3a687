import streamlit as st

# The same title, different URL paths: allowed.
st.navigation(
    [
        st.Page(lambda: st.write("north branch"), title="Branch", url_path="north"),
        st.Page(lambda: st.write("south branch"), title="Branch", url_path="south"),
    ]
).run()
