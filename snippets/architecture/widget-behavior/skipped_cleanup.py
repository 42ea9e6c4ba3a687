import streamlit as st

end_with = st.radio(
    "End the skipping run with",
    ["its last line", "st.stop()", "st.rerun()", "an error"],
)

if st.button("Skip the filter for one run"):
    if end_with == "st.stop()":
        st.stop()
    if end_with == "st.rerun()":
        st.rerun()
    if end_with == "an error":
        raise RuntimeError("The run stops here")
else:
    st.number_input("Minimum rating", 0, 5, key="min_rating")

st.write(f"Minimum rating: {st.session_state.get('min_rating')}")
