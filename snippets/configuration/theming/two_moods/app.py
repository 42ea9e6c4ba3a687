import streamlit as st

st.title("Two moods")
st.button("Reserve a table", type="primary")
st.markdown(":red[a] :orange[b] :yellow[c] :green[d] :violet[e] :gray[f]")
st.markdown(
    ":red-badge[A] :orange-badge[B] :yellow-badge[C] "
    ":green-badge[D] :violet-badge[E] :gray-badge[F]"
)
st.sidebar.write("Open until late")
