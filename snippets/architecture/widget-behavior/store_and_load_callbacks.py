import streamlit as st


def load(name):
    # Before drawing: give the widget key the stored value.
    if name in st.session_state:
        st.session_state[f"_{name}"] = st.session_state[name]


def store(name):
    # On every change: copy the widget key to the storage key.
    st.session_state[name] = st.session_state[f"_{name}"]


def filters_page():
    load("rating")
    st.number_input(
        "Minimum rating", 0, 5, key="_rating", on_change=store, args=("rating",)
    )


def results_page():
    st.write(f"Showing items rated {st.session_state.get('rating', 0)}+")


pages = [st.Page(filters_page, title="Filters"), st.Page(results_page, title="Results")]
current = st.navigation(pages)
for page in pages:
    if st.sidebar.button(page.title):
        st.switch_page(page)
current.run()
