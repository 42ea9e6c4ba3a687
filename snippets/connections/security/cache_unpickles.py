import streamlit as st


def rebuild():
    # pickle calls this while it loads a Loaf: any code could run here
    st.session_state.rebuilt = st.session_state.get("rebuilt", 0) + 1
    return Loaf()


class Loaf:
    def __reduce__(self):  # how pickle stores a Loaf: "call rebuild()"
        return (rebuild, ())


@st.cache_data
def bake():
    return Loaf()


bake()
st.write(f"rebuilt: {st.session_state.get('rebuilt', 0)}")
