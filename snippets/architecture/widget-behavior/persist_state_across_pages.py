import streamlit as st


def filters_page():
    st.number_input("Minimum rating", 0, 5, key="min_rating", persist_state="session")
    st.checkbox("In stock only", key="in_stock", persist_state="session")


def results_page():
    rating = st.session_state.get("min_rating", 0)
    stock = "in stock" if st.session_state.get("in_stock") else "all"
    st.write(f"Showing items rated {rating}+ ({stock})")


pages = [st.Page(filters_page, title="Filters"), st.Page(results_page, title="Results")]
current = st.navigation(pages)
for page in pages:
    if st.sidebar.button(page.title):
        st.switch_page(page)
current.run()
