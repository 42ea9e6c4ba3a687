"""Claims of docs/multipage-apps/moving-between-pages.md."""

import pytest
from conftest import BROWSER_WAIT_MS, shown
from playwright.sync_api import expect
from streamlit.errors import StreamlitAPIException, StreamlitPageNotFoundError

INN = "multipage-apps/moving-between-pages/inn/app.py"


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


# --8<-- [start:test_switch_page_to_an_unknown_page_raises]
def test_switch_page_to_an_unknown_page_raises(app, raised):
    """switch_page matches the file against the pages st.navigation registered
    and raises StreamlitPageNotFoundError, a StreamlitAPIException, otherwise."""
    at = app("multipage-apps/moving-between-pages/switch_to_unknown.py").run()
    assert raised(at) == [StreamlitPageNotFoundError]
    assert issubclass(StreamlitPageNotFoundError, StreamlitAPIException)
    assert shown(at) == ["Looking for the cellar"]


# --8<-- [end:test_switch_page_to_an_unknown_page_raises]


# --8<-- [start:test_which_moves_keep_the_session]
@pytest.mark.browser
def test_which_moves_keep_the_session(serve, page):
    """A page link, st.switch_page and the menu rerun the same session (its run
    counter goes on); a URL typed into the address bar loads the app again,
    in a new session whose Session State is empty, and a Markdown link opens
    the app in a new tab, which is a new session too."""
    url = serve(INN)
    page.goto(url)
    runs = page.get_by_text("Runs in this session:")
    expect(runs).to_have_text("Runs in this session: 1", timeout=BROWSER_WAIT_MS)
    name = page.get_by_label("Your name")
    name.fill("Ada")
    name.press("Enter")
    expect(runs).to_have_text("Runs in this session: 2")

    page.get_by_role("link", name="Walk to the garden").click()
    expect(page).to_have_url(url + "/garden?from=lobby")
    expect(page.get_by_text("Query parameters: {'from': 'lobby'}")).to_be_visible()
    expect(runs).to_have_text("Runs in this session: 3")
    expect(page.get_by_text("Guest: None")).to_be_visible()  # typed on the lobby

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


# --8<-- [end:test_which_moves_keep_the_session]
