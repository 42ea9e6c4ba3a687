import streamlit as st

st.session_state.setdefault("runs", 0)


@st.cache_data
def report(region):
    st.session_state.runs += 1
    st.markdown(f"### Sales in {region}")
    st.write("Total:", 42)
    box = st.container(border=True)
    box.info("Figures are from last night's export.")
    with st.expander("Details"):
        st.caption("Per shop figures follow.")
    return 42


@st.cache_resource
def legend():
    st.session_state.runs += 1
    st.sidebar.caption("Figures in euros.")  # the sidebar replays too


report("North")
legend()
st.button("Rerun")
st.write(f"cached bodies ran {st.session_state.runs} times")
