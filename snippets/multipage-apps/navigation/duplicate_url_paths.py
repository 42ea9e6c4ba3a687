import streamlit as st

# Different titles, but both URL paths are "shop".
st.navigation(
    [
        st.Page(lambda: st.write("first"), title="Shop", url_path="shop"),
        st.Page(lambda: st.write("second"), title="Store", url_path="shop"),
    ]
).run()
