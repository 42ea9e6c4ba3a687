"""Claims of docs/multipage-apps/pages-directory.md: a pages/ folder as the pages."""

import pytest
from conftest import BROWSER_WAIT_MS, shown
from playwright.sync_api import expect

PAGE = "multipage-apps/pages-directory"
BAKERY = f"{PAGE}/bakery/home.py"
# The pages in menu order: (file in pages/, the header it draws, label, URL path).
PAGES = [
    ("1 - Bread.py", "Bread", "Bread", "Bread"),
    ("2_Cakes.py", "Cakes", "Cakes", "Cakes"),
    ("10_Pies.py", "Pies", "Pies", "Pies"),
    ("about.py", "About us", "about", "about"),
    ("Opening_hours.py", "Opening hours", "Opening hours", "Opening_hours"),
    ("🍪_Cookies.py", "Cookies", "Cookies", "Cookies"),
]


# --8<-- [start:test_each_python_file_in_pages_is_a_page]
@pytest.mark.parametrize(("file", "header"), [row[:2] for row in PAGES])
def test_each_python_file_in_pages_is_a_page(app, file, header):
    """script_runner._mpa_v1 runs instead of the entrypoint when
    PagesManager.uses_pages_directory: the entrypoint is the default page,
    and each pages/*.py file another page."""
    at = app(BAKERY).run()
    assert shown(at) == ["Bakery", "Pick a page in the sidebar."]
    at.switch_page(f"pages/{file}").run()
    assert shown(at) == [header]  # the page alone: the entrypoint is not a frame


# --8<-- [end:test_each_python_file_in_pages_is_a_page]


# --8<-- [start:test_some_files_in_pages_are_not_pages]
@pytest.mark.parametrize("file", [".draft.py", "old/archive.py", "notes.txt"])
def test_some_files_in_pages_are_not_pages(app, file):
    """_mpa_v1 globs pages/*.py (no subfolders) and skips names starting with
    "." (and __init__.py); AppTest.switch_page raises ValueError for a file
    that is not a registered page."""
    at = app(BAKERY).run()
    with pytest.raises(ValueError):
        at.switch_page(f"pages/{file}")


# --8<-- [end:test_some_files_in_pages_are_not_pages]


# --8<-- [start:test_st_navigation_makes_streamlit_ignore_pages]
def test_st_navigation_makes_streamlit_ignore_pages(app):
    """commands.navigation.navigation sets PagesManager.uses_pages_directory
    to False: only the pages st.navigation lists exist."""
    at = app(f"{PAGE}/navigation_wins/app.py").run()
    assert shown(at) == ["Counter"]
    with pytest.raises(ValueError):
        at.switch_page("pages/back_office.py")


# --8<-- [end:test_st_navigation_makes_streamlit_ignore_pages]


# --8<-- [start:test_the_sidebar_lists_the_pages_in_order]
@pytest.mark.browser
def test_the_sidebar_lists_the_pages_in_order(serve, page):
    """source_util.page_sort_key: numbered files first, by the number's value,
    then the rest by label, ignoring case ("O" sorts before "a" in Unicode,
    but Opening_hours.py comes after about.py); the entrypoint comes first."""
    url = serve(BAKERY)
    page.goto(url)
    links = page.get_by_test_id("stSidebarNav").get_by_test_id("stSidebarNavLink")
    expect(links.get_by_test_id("stMarkdownContainer")).to_have_text(
        ["home"] + [label for *_, label, _ in PAGES], timeout=BROWSER_WAIT_MS
    )
    hrefs = [link.get_attribute("href") for link in links.all()]
    assert hrefs == [url + "/"] + [f"{url}/{path}" for *_, path in PAGES]
    expect(links.get_by_test_id("stIconEmoji")).to_have_text(["🍪"])

    links.nth(3).click()  # 10_Pies.py
    expect(page).to_have_url(url + "/Pies")
    expect(page.get_by_role("heading", name="Pies")).to_be_visible()
    expect(page.get_by_role("heading", name="Bakery")).to_have_count(0)


# --8<-- [end:test_the_sidebar_lists_the_pages_in_order]
