"""Claims of docs/configuration/app-chrome.md, in Chromium.

The frontend draws the main menu from the client.toolbarMode option and the
menu_items of st.set_page_config (commands/page_config.py), both sent to the
browser in the NewSession and PageConfig messages. With "auto", the frontend
shows the developer items when the app is served from localhost.
"""

import pytest
import streamlit as st
from conftest import BROWSER_WAIT_MS
from playwright.sync_api import expect

PAGE = "configuration/app-chrome"
THEMES = ["theme-System", "theme-Light", "theme-Dark"]
DEVELOPER = ["rerun", "autoRerun", "clearCache"]
EVERYONE = ["print", "recordScreencast"]
EXTERNAL = ["about", "report", "community"]  # About, Report a bug, Get help


# --8<-- [start:open_menu]
def open_menu(page, app, *flags, serve):
    """Open the app and its main menu: the ids of its items, in order."""
    page.goto(serve(f"{PAGE}/{app}", *flags))
    expect(page.get_by_role("heading", name="Bakery orders")).to_be_visible(
        timeout=BROWSER_WAIT_MS
    )
    menu = page.get_by_test_id("stMainMenu")
    if not menu.count():
        return None
    menu.click()
    items = page.locator('[data-testid^="stMainMenuItem-"]')
    expect(items.first).to_be_visible()
    return [
        i.removeprefix("stMainMenuItem-")
        for i in items.evaluate_all("items => items.map(item => item.dataset.testid)")
    ]


# --8<-- [start:test_the_toolbar_mode_decides_the_menu]
@pytest.mark.browser
@pytest.mark.parametrize(
    ("mode", "items", "deploy"),
    [
        ("auto", THEMES + DEVELOPER + EVERYONE, True),  # on localhost
        ("developer", THEMES + DEVELOPER + EVERYONE, True),
        ("viewer", THEMES + EVERYONE, False),
        ("minimal", None, False),  # no menu at all
    ],
)
@pytest.mark.changed_since_2024
def test_the_toolbar_mode_decides_the_menu(serve, page, mode, items, deploy):
    """The Deploy button is a developer item too; the menu's foot names the
    release."""
    flag = f"--client.toolbarMode={mode}"
    assert open_menu(page, "plain_app.py", flag, serve=serve) == items
    expect(page.get_by_role("button", name="Deploy")).to_have_count(int(deploy))
    version = page.get_by_text(f"Made with Streamlit v{st.__version__}")
    expect(version).to_have_count(0 if items is None else 1)
    if items:  # the item the 2024 docs called "Record a screencast"
        expect(page.get_by_test_id("stMainMenuItem-recordScreencast")).to_have_text(
            "Record screen"
        )


# --8<-- [end:test_the_toolbar_mode_decides_the_menu]


# --8<-- [start:test_menu_items_add_help_bug_and_about]
@pytest.mark.browser
@pytest.mark.parametrize(
    ("mode", "items"),
    [
        ("viewer", THEMES + EVERYONE + EXTERNAL),
        ("minimal", THEMES + ["report", "community", "about"]),
    ],
)
def test_menu_items_add_help_bug_and_about(serve, page, mode, items):
    """ "minimal" keeps only what set_page_config gave, and the theme choice."""
    flag = f"--client.toolbarMode={mode}"
    assert open_menu(page, "menu_items.py", flag, serve=serve) == items

    help_page = "https://example.com/bakery/help"  # answered here, not online
    page.context.route(help_page, lambda route: route.fulfill(body="Help"))
    with page.context.expect_page() as help_tab:
        page.get_by_test_id("stMainMenuItem-community").click()  # Get help
    expect(help_tab.value).to_have_url(help_page)  # in a new tab
    help_tab.value.close()

    page.get_by_test_id("stMainMenu").click()
    page.get_by_test_id("stMainMenuItem-about").click()
    about = page.get_by_role("dialog")
    expect(about.get_by_text("made by the night shift")).to_be_visible()
    expect(about.locator("strong")).to_have_text("Bakery orders")  # Markdown


# --8<-- [end:test_menu_items_add_help_bug_and_about]


# --8<-- [start:test_the_menu_switches_light_and_dark_and_rerun_keeps_state]
@pytest.mark.browser
def test_the_menu_switches_light_and_dark_and_rerun_keeps_state(serve, page):
    """The theme items change the frontend's theme, not the session; Rerun
    (or the R key) reruns the script in the same session."""
    open_menu(page, "rerun_keeps_state.py", serve=serve)
    app = page.get_by_test_id("stApp")
    background = "el => getComputedStyle(el).backgroundColor"
    assert app.evaluate(background) == "rgb(255, 255, 255)"  # System: light here
    page.get_by_test_id("stMainMenuItem-theme-Dark").click()
    expect(page.get_by_test_id("stMainMenuItem-theme-Dark")).to_have_attribute(
        "aria-checked", "true"
    )
    assert app.evaluate(background) == "rgb(23, 22, 20)"

    page.get_by_test_id("stMainMenuItem-rerun").click()
    expect(page.get_by_text("Runs in this session: 2")).to_be_visible()
    page.get_by_role("heading", name="Bakery orders").click()  # focus off inputs
    page.keyboard.press("r")
    expect(page.get_by_text("Runs in this session: 3")).to_be_visible()
    assert app.evaluate(background) == "rgb(23, 22, 20)"  # the choice stays


# --8<-- [end:test_the_menu_switches_light_and_dark_and_rerun_keeps_state]
