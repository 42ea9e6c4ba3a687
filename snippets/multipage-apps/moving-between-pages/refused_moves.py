import streamlit as st


def desk():
    move = st.radio(
        "Try",
        ["switch to a file", "link to a file", "switch to a URL", "link to a URL"],
    )
    if move == "switch to a file":
        st.switch_page("cellar.py")  # no page of this app runs cellar.py
    elif move == "link to a file":
        st.page_link("cellar.py")
    elif move == "switch to a URL":
        st.switch_page(st.Page("https://example.com", title="Example"))
    else:
        st.page_link("https://example.com")  # a URL needs a label


st.navigation([st.Page(desk)]).run()
