import streamlit as st


def filters_page():
    if st.toggle("Show the filter", value=True):
        st.number_input("Minimum rating", 0, 5, key="min_rating", persist_state="page")


def results_page():
    st.write(f"Minimum rating: {st.session_state.get('min_rating')}")


pages = [st.Page(filters_page, title="Filters"), st.Page(results_page, title="Results")]
current = st.navigation(pages)
for page in pages:
    if st.sidebar.button(page.title):
        st.switch_page(page)
current.run()
