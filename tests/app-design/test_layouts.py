"""Claims of docs/app-design/layouts.md.

How a layout looks is up to the frontend, so the geometry claims measure
elements in Chromium. What runs, and what tabs, expanders and popovers report,
is the script's business: AppTest (elements/layouts.py, LayoutsMixin).
"""

import pytest
from conftest import BROWSER_WAIT_MS
from playwright.sync_api import expect

PAGE = "app-design/layouts"


# --8<-- [start:written]
def written(at):
    return [m.value for m in at.markdown]  # in page order, inside tabs too


# --8<-- [end:written]


# --8<-- [start:test_columns_share_the_width_by_weight]
@pytest.mark.browser
def test_columns_share_the_width_by_weight(serve, page):
    """LayoutsMixin.columns: weights are normalised (2/3, 1/3) and sent with
    the gap and the vertical alignment; the frontend sizes the columns."""
    page.goto(serve(f"{PAGE}/columns_by_weight.py"))
    columns = page.get_by_test_id("stColumn")
    expect(columns).to_have_count(2, timeout=BROWSER_WAIT_MS)
    expect(page.get_by_test_id("stVegaLiteChart")).to_be_visible(
        timeout=BROWSER_WAIT_MS
    )
    chart, notes = (columns.nth(i).bounding_box() for i in range(2))
    assert chart["width"] / notes["width"] == pytest.approx(2, rel=0.1)
    assert notes["x"] - (chart["x"] + chart["width"]) == pytest.approx(64)  # 4rem
    note = page.get_by_text("Best month: April").bounding_box()
    # vertical_alignment="bottom": the short column's text sits at the bottom.
    assert note["y"] + note["height"] == pytest.approx(
        chart["y"] + chart["height"], abs=20
    )


# --8<-- [end:test_columns_share_the_width_by_weight]


# --8<-- [start:test_a_horizontal_container_lines_up_its_elements]
@pytest.mark.browser
def test_a_horizontal_container_lines_up_its_elements(serve, page):
    """LayoutsMixin.container(horizontal=True, horizontal_alignment="right"):
    a flex container, direction HORIZONTAL, justify JUSTIFY_END."""
    page.goto(serve(f"{PAGE}/buttons_in_a_row.py"))
    send = page.get_by_role("button", name="Send")
    expect(send).to_be_visible(timeout=BROWSER_WAIT_MS)
    cancel = page.get_by_role("button", name="Cancel").bounding_box()
    send, box = send.bounding_box(), page.get_by_test_id("stTextArea").bounding_box()
    assert cancel["y"] == pytest.approx(send["y"], abs=2)  # one row
    assert cancel["x"] + cancel["width"] < send["x"]  # Cancel, then Send
    assert send["x"] + send["width"] == pytest.approx(box["x"] + box["width"], abs=2)
    assert cancel["width"] + send["width"] < box["width"] / 4  # not stretched


# --8<-- [end:test_a_horizontal_container_lines_up_its_elements]


# --8<-- [start:test_every_tab_runs_on_every_run]
def test_every_tab_runs_on_every_run(app):
    """LayoutsMixin.tabs with on_change="ignore": no state, so TabContainer.open
    is None, and the code of every tab runs."""
    at = app(f"{PAGE}/every_tab_runs.py").run()
    assert written(at)[-1] == "Ran: ['Sales', 'Costs']; Sales open: None"
    assert [t.label for t in at.tabs] == ["Sales", "Costs"]


# --8<-- [end:test_every_tab_runs_on_every_run]


# --8<-- [start:test_tabs_with_state_run_only_the_open_tab]
def test_tabs_with_state_run_only_the_open_tab(app):
    """tabs(key=..., on_change="rerun"): a widget whose value is the selected
    label; TabContainer.open compares it with the tab's own label."""
    at = app(f"{PAGE}/lazy_tabs.py").run()
    assert written(at) == ["Drawing the map", "Selected: Map; runs: 1"]
    at.session_state["view"] = "Table"  # as if the reader clicked Table
    at.run()
    assert written(at) == ["Drawing the table", "Selected: Table; runs: 2"]


# --8<-- [end:test_tabs_with_state_run_only_the_open_tab]


# --8<-- [start:test_clicking_a_tab_with_state_reruns]
@pytest.mark.browser
def test_clicking_a_tab_with_state_reruns(serve, page):
    page.goto(serve(f"{PAGE}/lazy_tabs.py"))
    expect(page.get_by_text("Selected: Map; runs: 1")).to_be_visible(
        timeout=BROWSER_WAIT_MS
    )
    page.get_by_role("tab", name="Table").click()
    expect(page.get_by_text("Selected: Table; runs: 2")).to_be_visible(
        timeout=BROWSER_WAIT_MS
    )
    expect(page.get_by_text("Drawing the table")).to_be_visible()
    expect(page.get_by_text("Drawing the map")).to_have_count(0)


# --8<-- [end:test_clicking_a_tab_with_state_reruns]


# --8<-- [start:test_expanders_and_popovers_with_state]
def test_expanders_and_popovers_with_state(app):
    """expander/popover(key=..., on_change="rerun"): the key holds True when
    open; ExpanderContainer.open and PopoverContainer.open read it."""
    at = app(f"{PAGE}/expander_and_popover_state.py").run()
    assert written(at) == ["details: False, filters: False"]
    at.session_state["details"] = True
    at.run()
    assert written(at) == ["Loading the details", "details: True, filters: False"]
    at.session_state["filters"] = True
    at.run()
    assert written(at) == [
        "Loading the details",
        "Loading the filters",
        "details: True, filters: True",
    ]


# --8<-- [end:test_expanders_and_popovers_with_state]


# --8<-- [start:test_opening_and_closing_in_chromium_sets_the_keys]
@pytest.mark.browser
def test_opening_and_closing_in_chromium_sets_the_keys(serve, page):
    """The frontend sends each open and close as a widget value, and
    on_change="rerun" reruns the app with it."""
    page.goto(serve(f"{PAGE}/expander_and_popover_state.py"))
    expect(page.get_by_text("details: False, filters: False")).to_be_visible(
        timeout=BROWSER_WAIT_MS
    )
    page.get_by_test_id("stExpander").locator("summary").click()
    expect(page.get_by_text("details: True, filters: False")).to_be_visible()
    expect(page.get_by_text("Loading the details")).to_be_visible()
    page.get_by_role("button", name="Filters").click()
    expect(page.get_by_text("details: True, filters: True")).to_be_visible()

    page.keyboard.press("Escape")  # closes the popover
    expect(page.get_by_text("details: True, filters: False")).to_be_visible()
    page.get_by_test_id("stExpander").locator("summary").click()
    expect(page.get_by_text("details: False, filters: False")).to_be_visible()


# --8<-- [end:test_opening_and_closing_in_chromium_sets_the_keys]


# --8<-- [start:test_a_dialog_reruns_on_its_own]
@pytest.mark.browser
def test_a_dialog_reruns_on_its_own(serve, page):
    """st.dialog wraps the function in a fragment (elements/dialog_decorator.py),
    so a widget inside it reruns the function only; st.rerun() reruns the app,
    which does not call rename() again, so the dialog closes."""
    page.goto(serve(f"{PAGE}/dialog_reruns_alone.py"))
    page.get_by_role("button", name="Rename").click(timeout=BROWSER_WAIT_MS)
    dialog = page.get_by_role("dialog")
    expect(dialog.get_by_text("Dialog runs: 1")).to_be_visible(timeout=BROWSER_WAIT_MS)
    expect(page.get_by_text("App runs: 2")).to_be_visible()

    dialog.get_by_role("button", name="Check").click()
    expect(dialog.get_by_text("Dialog runs: 2")).to_be_visible(timeout=BROWSER_WAIT_MS)
    expect(page.get_by_text("App runs: 2")).to_be_visible()  # not rerun

    dialog.get_by_label("New name").fill("Q3 report")
    dialog.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Name: Q3 report")).to_be_visible(timeout=BROWSER_WAIT_MS)
    expect(page.get_by_text("App runs: 3")).to_be_visible()
    expect(page.get_by_role("dialog")).to_have_count(0)


# --8<-- [end:test_a_dialog_reruns_on_its_own]
