import streamlit as st


def filters_page():
    # The widget key ("rating_box") is cleaned up when the page is left; the
    # storage key ("saved_rating") belongs to no widget, so it stays.
    saved = st.session_state.get("saved_rating", 0)
    rating = st.number_input("Minimum rating", 0, 5, value=saved, key="rating_box")
    st.session_state.saved_rating = rating


def results_page():
    st.write(f"Showing items rated {st.session_state.get('saved_rating', 0)}+")


pages = [st.Page(filters_page, title="Filters"), st.Page(results_page, title="Results")]
current = st.navigation(pages)
for page in pages:
    if st.sidebar.button(page.title):
        st.switch_page(page)
current.run()
