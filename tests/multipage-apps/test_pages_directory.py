"""Claims of docs/multipage-apps/pages-directory.md: a pages/ folder as the pages."""

import shutil

import pytest
from conftest import BROWSER_WAIT_MS, SNIPPETS, shown
from playwright.sync_api import expect
from streamlit.errors import StreamlitAPIException

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
@pytest.mark.parametrize(
    "file", [".draft.py", "old/archive.py", "notes.txt", "__init__.py"]
)
def test_some_files_in_pages_are_not_pages(app, file):
    """_mpa_v1 globs pages/*.py (no subfolders) and skips names starting with
    "." and __init__.py; AppTest.switch_page raises ValueError for a file
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


# --8<-- [start:test_the_folder_answers_until_st_navigation_has_run]
@pytest.mark.browser
def test_the_folder_answers_until_st_navigation_has_run(serve, page):
    """PagesManager.uses_pages_directory is one class attribute for the whole
    server: True while pages/ exists, until navigation() sets it to False.
    Before that, ScriptRunner._run_script takes the _mpa_v1 branch."""
    url = serve(f"{PAGE}/navigation_wins/app.py")
    page.goto(f"{url}/back_office")  # the server's very first run
    back_office = page.get_by_role("heading", name="Back office")
    expect(back_office).to_be_visible(timeout=BROWSER_WAIT_MS)
    expect(page.get_by_test_id("stSidebarNavLink")).to_have_count(2)  # the folder's

    page.goto(url)  # app.py runs, and calls st.navigation
    expect(page.get_by_role("heading", name="Counter")).to_be_visible(
        timeout=BROWSER_WAIT_MS
    )
    page.goto(f"{url}/back_office")  # from now on, for every session
    expect(page.get_by_text("Page not found")).to_be_visible(timeout=BROWSER_WAIT_MS)
    expect(page.get_by_role("heading", name="Counter")).to_be_visible()
    expect(back_office).to_have_count(0)


# --8<-- [end:test_the_folder_answers_until_st_navigation_has_run]


# --8<-- [start:test_two_files_with_one_url_path_stop_the_app]
def test_two_files_with_one_url_path_stop_the_app(app, raised, tmp_path):
    """_mpa_v1 hands every file to _navigation, which raises for a second page
    with the same URL path: 1_Bread.py and Bread.py are both /Bread."""
    shutil.copytree(SNIPPETS / PAGE / "bakery", tmp_path, dirs_exist_ok=True)
    (tmp_path / "pages" / "Bread.py").write_text("")
    at = app(str(tmp_path / "home.py")).run()
    assert raised(at) == [StreamlitAPIException]
    assert shown(at) == []


# --8<-- [end:test_two_files_with_one_url_path_stop_the_app]


# --8<-- [start:test_the_sidebar_lists_the_pages_in_order]
@pytest.mark.browser
def test_the_sidebar_lists_the_pages_in_order(serve, page):
    """source_util.page_sort_key: numbered files first, by the number's value,
    then the rest by label, ignoring case ("O" sorts before "a" in Unicode,
    but Opening_hours.py comes after about.py); the entrypoint comes first."""
    url = serve(BAKERY)
    page.goto(url)
    nav = page.get_by_test_id("stSidebarNav")
    links = nav.get_by_test_id("stSidebarNavLink")
    expect(links.get_by_test_id("stMarkdownContainer")).to_have_text(
        ["home"] + [label for *_, label, _ in PAGES], timeout=BROWSER_WAIT_MS
    )
    expect(nav.get_by_test_id("stNavSectionHeader")).to_have_count(0)  # no sections
    hrefs = [link.get_attribute("href") for link in links.all()]
    assert hrefs == [url + "/"] + [f"{url}/{path}" for *_, path in PAGES]
    expect(links.get_by_test_id("stIconEmoji")).to_have_text(["🍪"])

    links.nth(3).click()  # 10_Pies.py
    expect(page).to_have_url(url + "/Pies")
    expect(page.get_by_role("heading", name="Pies")).to_be_visible()
    expect(page.get_by_role("heading", name="Bakery")).to_have_count(0)


# --8<-- [end:test_the_sidebar_lists_the_pages_in_order]
