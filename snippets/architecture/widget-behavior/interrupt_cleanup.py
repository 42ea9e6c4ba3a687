import streamlit as st

# Runs on every page: writing the key detaches it from the widget's clean-up.
if "min_rating" in st.session_state:
    st.session_state.min_rating = st.session_state.min_rating


def filters_page():
    st.number_input("Minimum rating", 0, 5, key="min_rating")


def results_page():
    st.write(f"Showing items rated {st.session_state.get('min_rating', 0)}+")


pages = [st.Page(filters_page, title="Filters"), st.Page(results_page, title="Results")]
current = st.navigation(pages)
for page in pages:
    if st.sidebar.button(page.title):
        st.switch_page(page)
current.run()
