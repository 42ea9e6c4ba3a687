"""Claims of docs/multipage-apps/navigation.md: st.navigation and st.Page."""

import re

import pytest
from conftest import BROWSER_WAIT_MS, REPO, shown
from playwright.sync_api import expect
from streamlit.errors import StreamlitAPIException, StreamlitValueError
from streamlit.testing.v1 import AppTest

PAGE = "multipage-apps/navigation"


# --8<-- [start:test_the_entrypoint_frames_every_page]
def test_the_entrypoint_frames_every_page(app):
    """commands/navigation._navigation returns the page; StreamlitPage.run runs it
    where it is called, so the entrypoint's elements come before and after it.
    With no default=True, the first page is the default."""
    at = app(f"{PAGE}/tea_house/app.py").run()
    assert shown(at) == [
        "Tea house",
        "Menu",
        "Sencha, oolong, chai.",
        "Prices include tax.",
    ]
    at.switch_page("orders.py").run()
    assert shown(at) == [
        "Tea house",
        "Orders",
        1,
        "1 cups ordered",
        "Prices include tax.",
    ]


# --8<-- [end:test_the_entrypoint_frames_every_page]


# --8<-- [start:test_a_link_first_in_the_list_is_not_the_default]
def test_a_link_first_in_the_list_is_not_the_default(app):
    """_navigation picks non_external_pages[0] when no page is default=True."""
    at = app(f"{PAGE}/external_first.py").run()
    assert shown(at) == ["Home"]


# --8<-- [end:test_a_link_first_in_the_list_is_not_the_default]


# --8<-- [start:test_the_page_runs_only_when_run_is_called]
def test_the_page_runs_only_when_run_is_called(app):
    """st.navigation only selects a page; its code runs in StreamlitPage.run."""
    at = app(f"{PAGE}/run_not_called.py").run()
    assert shown(at) == ["Selected: hello"]


# --8<-- [end:test_the_page_runs_only_when_run_is_called]


def naming_rows():
    """The rows of the naming table on the page: (source, title, url_path, icon)."""
    text = (REPO / "docs" / PAGE).with_suffix(".md").read_text()
    table = text.split("<!-- naming table -->")[1]
    rows = re.findall(r"^\| `(.+?)` \| `(.*?)` \| `(.*?)` \| (.*?) \|$", table, re.M)
    return [
        (src, title, url, "" if icon == "none" else icon)
        for src, title, url, icon in rows
    ]


# --8<-- [start:test_position_takes_three_values]
@pytest.mark.parametrize("where", ["sidebar", "top", "hidden", "left"])
def test_position_takes_three_values(app, raised, where):
    """commands/navigation.navigation checks position against
    {"sidebar", "hidden", "top"}; anything else is a StreamlitValueError."""
    at = app(f"{PAGE}/menu_position.py")
    at.session_state.where = where
    at.run()
    if where == "left":
        assert raised(at) == [StreamlitValueError]
        assert shown(at) == []
    else:
        assert shown(at) == ["home"]


# --8<-- [end:test_position_takes_three_values]


# --8<-- [start:test_titles_url_paths_and_icons_are_derived_as_the_table_says]
def test_titles_url_paths_and_icons_are_derived_as_the_table_says(tmp_path):
    """navigation/page.StreamlitPage.__init__ with no title, icon or url_path:
    source_util.page_icon_and_name for a file (PAGE_FILENAME_REGEX, then runs
    of "_" and " " made one "_", then a leading emoji split off as the icon),
    the function's __name__ for a callable; the title is that name with each
    "_" made a space. Each row of the page's table is checked here."""
    rows = naming_rows()
    assert len(rows) >= 10
    script = ["import streamlit as st"]
    for source, *_ in rows:
        if source.endswith("()"):
            name = source[:-2]
            script += [f"def {name}():", "    pass", f"p = st.Page({name})"]
        else:
            (tmp_path / source).write_text("")
            script.append(f"p = st.Page({source!r})")
        script.append("st.text(repr((p.title, p.url_path, p.icon)))")
    (tmp_path / "app.py").write_text("\n".join(script))
    at = AppTest.from_file(tmp_path / "app.py").run()
    assert not at.exception
    got = [eval(t.value) for t in at.text]  # noqa: S307 (our own repr output)
    assert got == [(title, url, icon) for _, title, url, icon in rows]


# --8<-- [end:test_titles_url_paths_and_icons_are_derived_as_the_table_says]


# --8<-- [start:test_what_st_navigation_refuses]
@pytest.mark.parametrize(
    "example", ["duplicate_url_paths", "nested_url_path", "second_default"]
)
@pytest.mark.correction_2024
def test_what_st_navigation_refuses(app, raised, example):
    """_navigation raises _duplicate_url_pathname_error for two pages with one
    URL path and refuses a second default=True; StreamlitPage.__init__ calls
    _raise_if_nested_url_path. Nothing of any page runs."""
    at = app(f"{PAGE}/{example}.py").run()
    assert raised(at) == [StreamlitAPIException]
    assert shown(at) == []


def test_two_pages_may_share_a_title(app):
    """Titles are not checked for duplicates; only URL paths (the page hash)."""
    at = app(f"{PAGE}/duplicate_titles.py").run()
    assert shown(at) == ["north branch"]


# --8<-- [end:test_what_st_navigation_refuses]


# --8<-- [start:test_a_slash_at_either_end_of_a_url_path_is_dropped]
def test_a_slash_at_either_end_of_a_url_path_is_dropped(app):
    """StreamlitPage.__init__ strips "/" from both ends before
    _raise_if_nested_url_path looks for one inside."""
    at = app(f"{PAGE}/slashes_at_the_ends.py").run()
    assert shown(at) == ["home", "The shop's URL path: shop"]


# --8<-- [end:test_a_slash_at_either_end_of_a_url_path_is_dropped]


# --8<-- [start:test_the_pages_follow_the_role_in_session_state]
def test_the_pages_follow_the_role_in_session_state(app):
    """Each run passes st.navigation the pages of the current role; a page the
    last run did not register cannot be reached: AppTest.switch_page raises
    ValueError before any run."""
    at = app(f"{PAGE}/role_based/app.py").run()
    assert shown(at) == ["Log in", False]
    with pytest.raises(ValueError):
        at.switch_page("admin.py")
    at.button[0].click().run()  # the callback-free button, then st.rerun
    assert at.session_state.role == "admin"
    assert shown(at) == ["Dashboard"]  # the new list's first page
    at.switch_page("admin.py").run()
    assert shown(at) == ["Admin", "Only an admin's navigation lists this page."]


# --8<-- [end:test_the_pages_follow_the_role_in_session_state]


# --8<-- [start:test_the_sidebar_menu_shows_sections_labels_and_urls]
@pytest.mark.browser
def test_the_sidebar_menu_shows_sections_labels_and_urls(serve, page):
    """The frontend draws the Navigation message _navigation sends: a header
    per section, a link per page with its title and icon, the default page at
    the root URL, the others at their URL path; the tab shows the page title."""
    url = serve(f"{PAGE}/tea_house/app.py")
    page.goto(url)
    nav = page.get_by_test_id("stSidebarNav")
    headers = nav.get_by_test_id("stNavSectionHeader")
    expect(headers.get_by_test_id("stMarkdownContainer")).to_have_text(
        ["Shop", "Info"], timeout=BROWSER_WAIT_MS
    )
    links = nav.get_by_test_id("stSidebarNavLink")
    labels = links.get_by_test_id("stMarkdownContainer")
    expect(labels).to_have_text(["Today's menu", "orders", "about"])
    expect(links.get_by_test_id("stIconEmoji")).to_have_text(["🍵"])  # one icon
    for link, path in zip(links.all(), ["/", "/orders", "/about"], strict=True):
        assert link.get_attribute("href") == url + path
    expect(page).to_have_title("Today's menu")

    links.nth(1).click()
    expect(page).to_have_url(url + "/orders")
    expect(page.get_by_role("heading", name="Orders")).to_be_visible()
    expect(page.get_by_role("heading", name="Tea house")).to_be_visible()
    expect(page.get_by_text("Prices include tax.")).to_be_visible()
    expect(page).to_have_title("orders")

    links.nth(2).click()  # a page from a function, in the second section
    expect(page).to_have_url(url + "/about")
    expect(page.get_by_role("heading", name="About")).to_be_visible()


# --8<-- [end:test_the_sidebar_menu_shows_sections_labels_and_urls]
