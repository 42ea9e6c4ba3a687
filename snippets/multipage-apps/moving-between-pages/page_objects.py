import streamlit as st


def front_desk():
    st.header("Front desk")
    st.page_link(rooms)  # the label and the icon come from the Page
    if st.button("Show the rooms"):
        st.switch_page(rooms)  # no query_params: the URL's are cleared
    if st.button("Show the cellar"):
        st.switch_page(cellar)  # a Page that st.navigation was not given


def room_list():
    st.header("Rooms")
    st.write(f"Query parameters: {st.query_params.to_dict()}")


def wine_cellar():
    st.header("Cellar")  # never runs: st.navigation does not list this page


rooms = st.Page(room_list, title="Rooms", icon="🛏️")
cellar = st.Page(wine_cellar)
st.navigation([st.Page(front_desk), rooms]).run()
