"""Claims of docs/multipage-apps/moving-between-pages.md."""

import pytest
from conftest import BROWSER_WAIT_MS, shown
from playwright.sync_api import expect
from streamlit.errors import (
    StreamlitAPIException,
    StreamlitMissingRequiredParameterError,
    StreamlitPageNotFoundError,
)
from streamlit.testing.v1.errors import AppTestError

HERE = "multipage-apps/moving-between-pages"
INN = f"{HERE}/inn/app.py"


# --8<-- [start:test_which_moves_keep_the_session]
@pytest.mark.browser
def test_which_moves_keep_the_session(serve, page):
    """A page link, st.switch_page and the menu rerun the same session (its run
    counter goes on); a URL typed into the address bar loads the app again, in
    a new session whose Session State is empty, and a Markdown link opens the
    app in a new tab, which is a new session too. The query string follows
    PageLink.query_string and switch_page(query_params=...); the menu and a
    link without query_params clear it."""
    url = serve(INN)
    page.goto(url)
    runs = page.get_by_text("Runs in this session:")
    expect(runs).to_have_text("Runs in this session: 1", timeout=BROWSER_WAIT_MS)
    name = page.get_by_label("Your name")
    name.fill("Ada")
    name.press("Enter")
    expect(runs).to_have_text("Runs in this session: 2")

    website = page.get_by_role("link", name="The inn's website")
    expect(website).to_have_attribute("href", "https://example.com/inn")
    expect(website).to_have_attribute("target", "_blank")  # a new tab, no rerun
    closed = page.get_by_role("link", name="The garden, closed at night")
    expect(closed).to_have_attribute("disabled", "")
    closed.click()  # does nothing: no rerun, as the count below shows

    page.get_by_role("link", name="Walk to the garden").click()
    expect(page).to_have_url(url + "/garden?from=lobby")
    expect(page.get_by_text("Query parameters: {'from': 'lobby'}")).to_be_visible()
    expect(runs).to_have_text("Runs in this session: 3")

    page.get_by_role("link", name="Back to the lobby").click()
    expect(page).to_have_url(url + "/")  # a link with no query_params clears them
    expect(runs).to_have_text("Runs in this session: 4")
    expect(page.get_by_label("Your name")).to_have_value("")  # its page was left

    page.get_by_label("Your name").fill("Ada")
    page.get_by_label("Your name").press("Enter")
    expect(runs).to_have_text("Runs in this session: 5")
    page.get_by_role("button", name="Take the shortcut").click()
    expect(page).to_have_url(url + "/garden?via=shortcut")
    expect(page.get_by_text("Guest: None")).to_be_visible()
    expect(runs).to_have_text("Runs in this session: 7")  # the click's, the garden's

    nav = page.get_by_test_id("stSidebarNav")
    nav.get_by_role("link", name="lobby").click()
    expect(page).to_have_url(url + "/")  # the menu clears the query parameters
    expect(runs).to_have_text("Runs in this session: 8")

    page.goto(url + "/garden?from=typed")  # typed into the address bar
    expect(page.get_by_role("heading", name="Garden")).to_be_visible()
    expect(runs).to_have_text("Runs in this session: 1")
    expect(page.get_by_text("Query parameters: {'from': 'typed'}")).to_be_visible()

    plain = page.get_by_role("link", name="The lobby, by a plain link")
    with page.context.expect_page() as opened:  # Markdown links open a new tab
        plain.click()
    tab = opened.value
    expect(tab.get_by_role("heading", name="Lobby")).to_be_visible()
    expect(tab.get_by_text("Runs in this session:")).to_have_text(
        "Runs in this session: 1"  # the new tab is a new session
    )
    expect(runs).to_have_text("Runs in this session: 1")  # this tab: no rerun

    page.goto(url + "/cellar")  # a URL path that no page has
    expect(page.get_by_text("Page not found")).to_be_visible()
    expect(page.get_by_role("heading", name="Lobby")).to_be_visible()
    expect(page).to_have_url(url + "/")
    expect(runs).to_have_text("Runs in this session: 1")


# --8<-- [end:test_which_moves_keep_the_session]


# --8<-- [start:test_switch_page_ends_the_run_and_starts_the_page]
def test_switch_page_ends_the_run_and_starts_the_page(app):
    """commands/execution_control.switch_page requests a rerun on the target
    page (RerunData with its page hash and the new query string, and no widget
    states) and yields: the rest of the calling run never runs."""
    at = app(INN).run()
    assert shown(at)[:2] == ["Runs in this session: 1", "Lobby"]
    at.text_input(key="guest").input("Ada")
    at.button[0].click().run()
    assert shown(at)[:4] == [
        "Runs in this session: 3",  # the click's run, then the garden's
        "Garden",
        "Query parameters: {'via': 'shortcut'}",
        "Guest: None",  # the name typed in the run that switched is gone
    ]
    assert "after_switch" not in at.session_state
    assert at.query_params == {"via": "shortcut"}


# --8<-- [end:test_switch_page_ends_the_run_and_starts_the_page]


# --8<-- [start:test_a_page_object_names_the_page_and_switching_clears_the_query]
def test_a_page_object_names_the_page_and_switching_clears_the_query(app):
    """switch_page and page_link take a Page: its _script_hash picks the page,
    and page_link takes label and icon from it. With query_params=None,
    _set_query_params_for_switch clears the query parameters."""
    at = app(f"{HERE}/page_objects.py")
    at.query_params["table"] = "7"  # the URL the reader arrived with
    at.query_params["embed"] = "true"
    at.run()
    link = at.page_link[0]
    assert (link.value, link.proto.icon) == ("Rooms", "🛏️")
    at.button[0].click().run()  # "Show the rooms"
    assert shown(at)[:2] == ["Rooms", "Query parameters: {}"]
    assert at.query_params == {"embed": "true"}  # kept; to_dict() hides it


# --8<-- [end:test_a_page_object_names_the_page_and_switching_clears_the_query]


# --8<-- [start:test_a_bound_query_parameter_stops_the_switch]
def test_a_bound_query_parameter_stops_the_switch(app, raised):
    """QueryParams.clear raises for a parameter bound to a widget (bind=); a
    bound widget at its default has no parameter in the URL, so then it clears."""
    at = app(f"{HERE}/bound_query_parameter.py")
    at.query_params["table"] = "7"
    at.run().button[0].click().run()
    assert raised(at) == [StreamlitAPIException]
    assert at.header.values == []

    at = app(f"{HERE}/bound_query_parameter.py").run()
    at.button[0].click().run()
    assert at.header.values == ["Rooms"]


# --8<-- [end:test_a_bound_query_parameter_stops_the_switch]


# --8<-- [start:test_switching_to_a_page_not_listed_runs_the_default_page]
def test_switching_to_a_page_not_listed_runs_the_default_page(app):
    """_validate_registered_page skips a Page whose hash st.navigation did not
    register; the rerun then finds no such page and runs the default one."""
    at = app(f"{HERE}/page_objects.py").run()
    at.button[1].click().run()  # "Show the cellar"
    assert at.header.values == ["Front desk"]
    assert not at.exception


# --8<-- [end:test_switching_to_a_page_not_listed_runs_the_default_page]


# --8<-- [start:test_what_switch_page_and_page_link_refuse]
@pytest.mark.parametrize(
    ("move", "error"),
    [
        ("switch to a file", StreamlitPageNotFoundError),
        ("link to a file", StreamlitPageNotFoundError),
        ("switch to a URL", StreamlitAPIException),
        ("link to a URL", StreamlitMissingRequiredParameterError),
    ],
)
def test_what_switch_page_and_page_link_refuse(app, raised, move, error):
    """switch_page and ButtonMixin._page_link match a file against the pages
    st.navigation registered; switch_page refuses an external Page, and
    page_link a URL without a label. Each error is a StreamlitAPIException."""
    at = app(f"{HERE}/refused_moves.py").run()
    at.radio[0].set_value(move).run()
    assert raised(at) == [error]
    assert issubclass(error, StreamlitAPIException)


# --8<-- [end:test_what_switch_page_and_page_link_refuse]


# --8<-- [start:test_apptest_reads_page_links_but_cannot_click_them]
def test_apptest_reads_page_links_but_cannot_click_them(app):
    """testing/v1/element_tree.PageLink: value is the label, the proto has the
    rest, and every interaction raises AppTestError."""
    at = app(INN).run()
    walk, closed, website = at.page_link
    assert walk.value == "Walk to the garden"
    assert (walk.proto.page, walk.proto.query_string) == ("garden", "from=lobby")
    assert closed.proto.disabled
    assert (website.proto.page, website.proto.external) == (
        "https://example.com/inn",
        True,
    )
    with pytest.raises(AppTestError):
        walk.click()
    at.switch_page("garden.py").run()  # the way to follow a link
    assert shown(at)[1:3] == ["Garden", "Query parameters: {}"]


# --8<-- [end:test_apptest_reads_page_links_but_cannot_click_them]


# --8<-- [start:test_apptest_switch_page_keeps_the_query_parameters]
def test_apptest_switch_page_keeps_the_query_parameters(app):
    """AppTest._run sends its own query_params with every run, switch_page's
    too; a browser's menu sends none (see the browser test above)."""
    at = app(INN)
    at.query_params["from"] = "typed"
    at.run()
    at.switch_page("garden.py").run()
    assert at.query_params == {"from": "typed"}
    assert shown(at)[2] == "Query parameters: {'from': 'typed'}"


# --8<-- [end:test_apptest_switch_page_keeps_the_query_parameters]
