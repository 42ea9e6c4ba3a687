"""Claims of docs/multipage-apps/widgets-across-pages.md."""

import pytest
from conftest import BROWSER_WAIT_MS, shown
from playwright.sync_api import expect

HERE = "multipage-apps/widgets-across-pages"
SHOP = f"{HERE}/shop/app.py"


# --8<-- [start:test_leaving_a_page_in_the_browser]
@pytest.mark.browser
def test_leaving_a_page_in_the_browser(serve, page):
    """On a page change the frontend (App.onPageChange) sends only the widget
    states of the elements it keeps, the entrypoint's; ScriptRunner._run_script
    then drops every other widget before the new page runs (on_script_finished).
    st.switch_page sends no widget states at all, so it drops the entrypoint's
    too, except a widget with persist_state="session"."""
    url = serve(SHOP)
    page.goto(url)
    sidebar = page.get_by_test_id("stSidebar")
    runs = sidebar.get_by_text("Runs:")
    expect(runs).to_have_text("Runs: 1", timeout=BROWSER_WAIT_MS)
    sidebar.get_by_test_id("stSelectbox").first.click()
    page.get_by_role("option", name="USD").click()
    expect(runs).to_have_text("Runs: 2")
    sidebar.get_by_test_id("stSelectbox").last.click()
    page.get_by_role("option", name="French").click()
    expect(runs).to_have_text("Runs: 3")
    cups = page.get_by_label("Cups")
    cups.fill("3")
    cups.press("Enter")
    expect(runs).to_have_text("Runs: 4")

    page.get_by_test_id("stSidebarNav").get_by_role("link", name="checkout").click()
    expect(page.get_by_role("heading", name="Checkout")).to_be_visible()
    expect(runs).to_have_text("Runs: 5")  # the checkout's first run...
    expect(page.get_by_text("Cups: None")).to_be_visible()  # ...already without it
    expect(page.get_by_text("Currency: USD")).to_be_visible()
    expect(page.get_by_text("Language: French")).to_be_visible()

    page.get_by_test_id("stSidebarNav").get_by_role("link", name="cart").click()
    expect(runs).to_have_text("Runs: 6")
    expect(page.get_by_label("Cups")).to_have_value("1")  # the default again

    page.get_by_label("Cups").fill("4")
    page.get_by_label("Cups").press("Enter")
    expect(runs).to_have_text("Runs: 7")
    page.get_by_role("button", name="Check out").click()  # st.switch_page
    expect(runs).to_have_text("Runs: 9")  # the click's run, then the checkout's
    expect(page.get_by_text("Cups: None")).to_be_visible()
    expect(page.get_by_text("Currency: EUR")).to_be_visible()  # reset
    expect(page.get_by_text("Language: French")).to_be_visible()  # persist_state


# --8<-- [end:test_leaving_a_page_in_the_browser]


# --8<-- [start:test_a_widget_on_a_page_left_is_cleaned_up]
def test_a_widget_on_a_page_left_is_cleaned_up(app):
    """SessionState.on_script_finished removes the state of every widget a run
    did not draw. The entrypoint draws the currency box in every run, so a
    move through the menu (here at.switch_page) keeps its value."""
    at = app(SHOP).run()
    at.number_input(key="cups").set_value(3).run()
    at.sidebar.selectbox(key="currency").select("USD").run()
    at.switch_page("checkout.py").run()
    at.run()  # a second run: AppTest's first one differs, see below
    assert shown(at) == ["Checkout", "Cups: None", "Currency: USD", "Language: English"]
    assert "cups" not in at.session_state
    at.switch_page("cart.py").run()
    assert at.number_input(key="cups").value == 1  # the default again
    assert at.sidebar.selectbox(key="currency").value == "USD"


# --8<-- [end:test_a_widget_on_a_page_left_is_cleaned_up]


# --8<-- [start:test_switch_page_resets_the_entrypoint_widgets]
def test_switch_page_resets_the_entrypoint_widgets(app):
    """execution_control.switch_page requests a rerun with no widget states, so
    ScriptRunner._run_script's page-change clean-up keeps no widget, only those
    that _remove_stale_widgets preserves (persist_state="session")."""
    at = app(SHOP).run()
    at.sidebar.selectbox(key="currency").select("USD").run()
    at.sidebar.selectbox(key="language").select("French").run()
    at.number_input(key="cups").set_value(3).run()
    at.button[0].click().run()  # "Check out"
    assert shown(at) == ["Checkout", "Cups: None", "Currency: EUR", "Language: French"]
    assert at.sidebar.selectbox(key="currency").value == "EUR"
    assert at.sidebar.selectbox(key="language").value == "French"


# --8<-- [end:test_switch_page_resets_the_entrypoint_widgets]


# --8<-- [start:test_apptest_switch_page_still_sends_the_page_left]
def test_apptest_switch_page_still_sends_the_page_left(app):
    """AppTest.run sends ElementTree.get_widget_states, every widget of its
    last run, the page left included, so ScriptRunner._run_script keeps them
    for one run, unlike the browser's App.onPageChange."""
    at = app(SHOP).run()
    at.number_input(key="cups").set_value(3).run()
    at.switch_page("checkout.py").run()
    assert shown(at)[1] == "Cups: 3"  # a browser shows "Cups: None" here
    at.run()
    assert shown(at)[1] == "Cups: None"


# --8<-- [end:test_apptest_switch_page_still_sends_the_page_left]


# --8<-- [start:test_the_same_widget_on_two_pages_is_two_widgets]
def test_the_same_widget_on_two_pages_is_two_widgets(app):
    """elements/lib/utils.compute_and_register_element_id adds the running
    page's script hash to every widget ID, even when a key is given."""
    at = app(f"{HERE}/twin_pages/app.py").run()
    at.number_input(key="cups").set_value(5).run()
    first_id = at.number_input(key="cups").id
    at.switch_page("second.py").run()
    assert at.number_input(key="cups").value == 1
    assert at.number_input(key="cups").id != first_id


# --8<-- [end:test_the_same_widget_on_two_pages_is_two_widgets]


# --8<-- [start:test_a_storage_key_keeps_the_value]
def test_a_storage_key_keeps_the_value(app):
    """Only widget state is cleaned up: "cups", set by the script, stays, and
    the page copies it back into the widget's key before drawing it."""
    at = app(f"{HERE}/kept/app.py").run()
    at.number_input(key="_cups").set_value(4).run()
    at.switch_page("checkout.py").run()
    at.run()  # a second run on the page: the widget's own key is gone by now
    assert shown(at) == ["Checkout", "Cups: 4"]
    assert "_cups" not in at.session_state
    at.switch_page("cart.py").run()
    assert at.number_input(key="_cups").value == 4


# --8<-- [end:test_a_storage_key_keeps_the_value]
