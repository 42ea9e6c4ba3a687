"""Claims of docs/architecture/fragments.md.

AppTest reruns the whole script when a fragment's widget is clicked, so every
claim about what a fragment rerun does (or does not) rerun is proven on a real
server in Chromium.
"""

import inspect
import re

import pytest
import streamlit as st
from conftest import BROWSER_WAIT_MS
from playwright.sync_api import expect
from streamlit.errors import StreamlitInvalidLayoutContextError

PAGE = "architecture/fragments"


def open_app(page, url, last_text):
    """Load the app and wait until its first full run has drawn `last_text`."""
    page.goto(url)
    expect(page.get_by_text(last_text)).to_be_visible(timeout=BROWSER_WAIT_MS)


def shows(page, prefix, text):
    """Wait until the element starting with `prefix` reads exactly `text`."""
    expect(page.get_by_text(prefix)).to_have_text(text, timeout=BROWSER_WAIT_MS)


# --8<-- [start:test_fragment_widget_reruns_only_its_fragment]
@pytest.mark.browser
def test_fragment_widget_reruns_only_its_fragment(serve, page):
    url = serve(f"{PAGE}/widget_reruns_only_its_fragment.py")
    open_app(page, url, "Traffic runs: 1")

    page.get_by_role("button", name="Refresh weather").click()
    shows(page, "Weather runs:", "Weather runs: 2")
    shows(page, "Traffic runs:", "Traffic runs: 1")  # the other fragment: untouched
    shows(page, "App runs:", "App runs: 1")  # the script body: untouched


# --8<-- [end:test_fragment_widget_reruns_only_its_fragment]


# --8<-- [start:test_widget_outside_fragments_reruns_everything]
@pytest.mark.browser
def test_widget_outside_fragments_reruns_everything(serve, page):
    url = serve(f"{PAGE}/widget_reruns_only_its_fragment.py")
    open_app(page, url, "Traffic runs: 1")

    page.get_by_role("button", name="Refresh everything").click()
    shows(page, "App runs:", "App runs: 2")
    shows(page, "Weather runs:", "Weather runs: 2")
    shows(page, "Traffic runs:", "Traffic runs: 2")


# --8<-- [end:test_widget_outside_fragments_reruns_everything]


# --8<-- [start:test_apptest_reruns_the_whole_script_for_fragment_widgets]
def test_apptest_reruns_the_whole_script_for_fragment_widgets(app):
    at = app(f"{PAGE}/widget_reruns_only_its_fragment.py").run()
    at.button[0].click().run()  # "Refresh weather", inside a fragment

    assert [m.value for m in at.markdown] == [
        "App runs: 2",
        "Weather runs: 2",
        "Traffic runs: 2",
    ]


# --8<-- [end:test_apptest_reruns_the_whole_script_for_fragment_widgets]


# --8<-- [start:test_apptest_reruns_a_keyed_fragment_but_drops_the_rest]
def test_apptest_reruns_a_keyed_fragment_but_drops_the_rest(app):
    at = app(f"{PAGE}/rerun_fragment_by_key.py").run()
    at.button[
        0
    ].click().run()  # "Refresh scores": its callback calls st.rerun("scores")

    assert at.session_state["app_runs"] == 1  # the script body did not run again
    assert at.session_state["score_runs"] == 2
    # "App runs: 1" is still on a real page, but not in AppTest's element tree.
    assert [m.value for m in at.markdown] == ["Score runs: 2"]


# --8<-- [end:test_apptest_reruns_a_keyed_fragment_but_drops_the_rest]


# --8<-- [start:test_fragment_called_in_sidebar_draws_there]
def test_fragment_called_in_sidebar_draws_there(app):
    at = app(f"{PAGE}/fragment_in_sidebar.py").run()

    assert [c.label for c in at.sidebar.checkbox] == ["Only open tickets"]
    assert len(at.main.checkbox) == 0


# --8<-- [end:test_fragment_called_in_sidebar_draws_there]


# --8<-- [start:test_fragment_rerun_reuses_arguments_and_drops_return_value]
@pytest.mark.browser
def test_fragment_rerun_reuses_arguments_and_drops_return_value(serve, page):
    url = serve(f"{PAGE}/arguments_and_return_value_frozen.py")
    open_app(page, url, "Return value says: 0")

    page.get_by_role("button", name="Like").click()
    shows(page, "Session State says:", "Session State says: 1")
    shows(page, "Argument says:", "Argument says: 0")
    shows(page, "Return value says:", "Return value says: 0")

    page.get_by_role("button", name="Rerun the app").click()
    shows(page, "Argument says:", "Argument says: 1")
    shows(page, "Return value says:", "Return value says: 1")

    # The next fragment rerun reuses the argument of the LAST full run (1),
    # not that of the first call (0).
    page.get_by_role("button", name="Like").click()
    shows(page, "Session State says:", "Session State says: 2")
    shows(page, "Argument says:", "Argument says: 1")
    shows(page, "Return value says:", "Return value says: 1")


# --8<-- [end:test_fragment_rerun_reuses_arguments_and_drops_return_value]


# --8<-- [start:test_outside_container_writes_are_redrawn_in_place]
@pytest.mark.browser
def test_outside_container_writes_are_redrawn_in_place(serve, page):
    url = serve(f"{PAGE}/outside_container_redrawn_in_place.py")
    open_app(page, url, "Batch 1 uploaded")

    for batch in (2, 3, 4):
        page.get_by_role("button", name="Upload a batch").click()
        expect(page.get_by_text(f"Batch {batch} uploaded")).to_be_visible(
            timeout=BROWSER_WAIT_MS
        )

    # One entry, not four: the fragment's write replaced its previous one,
    # and the panel's own first line kept its place above it.
    panel = page.get_by_text(re.compile(r"^(Status panel|Batch \d+ uploaded)$"))
    expect(panel).to_have_text(
        ["Status panel", "Batch 4 uploaded"], timeout=BROWSER_WAIT_MS
    )
    shows(page, "App runs:", "App runs: 1")  # no full rerun cleared them


# --8<-- [end:test_outside_container_writes_are_redrawn_in_place]


# --8<-- [start:test_outside_write_needs_a_write_in_the_full_run]
@pytest.mark.browser
def test_outside_write_needs_a_write_in_the_full_run(serve, page):
    url = serve(f"{PAGE}/outside_write_without_full_run_write.py")
    open_app(page, url, "Note taker")

    page.get_by_role("button", name="Add note").click()
    error = page.get_by_test_id("stException")
    expect(error).to_contain_text(
        StreamlitInvalidLayoutContextError.__name__, timeout=BROWSER_WAIT_MS
    )
    expect(error).to_contain_text("did not write to that container during the last")
    note = page.get_by_text("A note from the fragment", exact=True)
    expect(note).to_have_count(0)


# --8<-- [end:test_outside_write_needs_a_write_in_the_full_run]


# --8<-- [start:test_outside_write_fails_if_the_last_full_run_skipped_it]
@pytest.mark.browser
def test_outside_write_fails_if_the_last_full_run_skipped_it(serve, page):
    url = serve(f"{PAGE}/outside_write_skipped_in_last_full_run.py")
    open_app(page, url, "Logger started")
    events = page.get_by_text("Event logged", exact=True)

    # After the first full run, which wrote to `log`, the fragment may write there.
    page.get_by_role("button", name="Log an event").click()
    expect(events).to_have_count(1, timeout=BROWSER_WAIT_MS)
    expect(page.get_by_test_id("stException")).to_have_count(0)

    # The second full run skips that write, so the earlier one no longer counts.
    page.get_by_role("button", name="Rerun the app").click()
    shows(page, "App runs:", "App runs: 2")
    page.get_by_role("button", name="Log an event").click()
    error = page.get_by_test_id("stException")
    expect(error).to_contain_text(
        StreamlitInvalidLayoutContextError.__name__, timeout=BROWSER_WAIT_MS
    )
    expect(error).to_contain_text("did not write to that container during the last")
    expect(events).to_have_count(0)


# --8<-- [end:test_outside_write_fails_if_the_last_full_run_skipped_it]


# --8<-- [start:test_empty_slot_reserves_the_outside_position]
@pytest.mark.browser
def test_empty_slot_reserves_the_outside_position(serve, page):
    url = serve(f"{PAGE}/outside_slot_reserved_with_empty.py")
    open_app(page, url, "Note taker")

    page.get_by_role("button", name="Add note").click()
    # The note lands in the outside container, above the fragment's own text.
    lines = page.get_by_text(re.compile(r"^(A note from the fragment|Note taker)$"))
    expect(lines).to_have_text(
        ["A note from the fragment", "Note taker"], timeout=BROWSER_WAIT_MS
    )
    expect(page.get_by_test_id("stException")).to_have_count(0)


# --8<-- [end:test_empty_slot_reserves_the_outside_position]


# --8<-- [start:test_fragment_can_draw_a_widget_in_an_outside_container]
def test_fragment_can_draw_a_widget_in_an_outside_container(app, raised):
    at = app(f"{PAGE}/widget_in_outside_container.py").run()

    assert raised(at) == []
    assert [b.label for b in at.sidebar.button] == ["Next track"]


# --8<-- [end:test_fragment_can_draw_a_widget_in_an_outside_container]


# --8<-- [start:test_outside_widget_reruns_only_its_fragment]
@pytest.mark.browser
def test_outside_widget_reruns_only_its_fragment(serve, page):
    url = serve(f"{PAGE}/widget_in_outside_container.py")
    open_app(page, url, "Player runs: 1")

    sidebar = page.get_by_test_id("stSidebar")
    sidebar.get_by_role("button", name="Next track").click()
    shows(page, "Player runs:", "Player runs: 2")
    shows(page, "App runs:", "App runs: 1")


# --8<-- [end:test_outside_widget_reruns_only_its_fragment]


# --8<-- [start:test_rerun_scope_defaults_to_app]
def test_rerun_scope_defaults_to_app():
    assert inspect.signature(st.rerun).parameters["scope"].default == "app"


# --8<-- [end:test_rerun_scope_defaults_to_app]


# --8<-- [start:test_rerun_in_fragment_reruns_the_whole_app]
@pytest.mark.browser
def test_rerun_in_fragment_reruns_the_whole_app(serve, page):
    url = serve(f"{PAGE}/rerun_app_from_fragment.py")
    open_app(page, url, "Saved drafts: 0")

    page.get_by_role("button", name="Save draft").click()
    shows(page, "Saved drafts:", "Saved drafts: 1")
    shows(page, "App runs:", "App runs: 2")


# --8<-- [end:test_rerun_in_fragment_reruns_the_whole_app]


# --8<-- [start:test_rerun_fragment_scope_reruns_only_the_fragment]
@pytest.mark.browser
def test_rerun_fragment_scope_reruns_only_the_fragment(serve, page):
    url = serve(f"{PAGE}/rerun_fragment_scope.py")
    open_app(page, url, "Items in cart: 0")

    page.get_by_role("button", name="Add item").click()
    # Drawn above the button, so only a second fragment run can show the new count.
    shows(page, "Items in cart:", "Items in cart: 1")
    shows(page, "App runs:", "App runs: 1")


# --8<-- [end:test_rerun_fragment_scope_reruns_only_the_fragment]


# --8<-- [start:test_rerun_fragment_scope_fails_during_a_full_run]
def test_rerun_fragment_scope_fails_during_a_full_run(app, raised):
    at = app(f"{PAGE}/rerun_fragment_scope_in_full_run.py").run()

    assert raised(at) == [StreamlitInvalidLayoutContextError]
    assert "during fragment reruns" in at.exception[0].message
    assert at.session_state["ticks"] == 1


# --8<-- [end:test_rerun_fragment_scope_fails_during_a_full_run]


# --8<-- [start:test_callback_reruns_a_fragment_by_key]
@pytest.mark.browser
def test_callback_reruns_a_fragment_by_key(serve, page):
    url = serve(f"{PAGE}/rerun_fragment_by_key.py")
    open_app(page, url, "Score runs: 1")

    page.get_by_role("button", name="Refresh scores").click()
    shows(page, "Score runs:", "Score runs: 2")
    shows(page, "App runs:", "App runs: 1")


# --8<-- [end:test_callback_reruns_a_fragment_by_key]


# --8<-- [start:test_run_every_reruns_the_fragment_on_a_timer]
@pytest.mark.browser
def test_run_every_reruns_the_fragment_on_a_timer(serve, page):
    url = serve(f"{PAGE}/run_every_timer.py")
    open_app(page, url, "Clock ticks:")

    # No clicks at all: the timer alone brings the fragment to three runs...
    ticks = page.get_by_text("Clock ticks:")
    expect(ticks).to_have_text(
        re.compile(r"^Clock ticks: ([3-9]|\d{2,})$"), timeout=BROWSER_WAIT_MS
    )
    # ...and keeps it going: five more runs within ten seconds (2.5 s at a
    # 0.5 s interval; a 5 s interval would need 25 s and fail)...
    target = int(ticks.inner_text().split(": ")[1]) + 5
    page.wait_for_function(
        """target => [...document.querySelectorAll("p")].some(
            p => /^Clock ticks: \\d+$/.test(p.innerText)
                && Number(p.innerText.split(": ")[1]) >= target)""",
        arg=target,
        timeout=10_000,
    )
    # ...while the script body ran once.
    shows(page, "App runs:", "App runs: 1")


# --8<-- [end:test_run_every_reruns_the_fragment_on_a_timer]


# --8<-- [start:test_form_waits_for_submit_while_fragment_reacts_at_once]
@pytest.mark.browser
def test_form_waits_for_submit_while_fragment_reacts_at_once(serve, page):
    url = serve(f"{PAGE}/form_vs_fragment.py")
    open_app(page, url, "Fragment sees:")

    page.get_by_label("Form name").fill("Ada")  # typed, not submitted
    live = page.get_by_label("Live name")
    live.fill("Grace")
    live.press("Enter")
    shows(page, "Fragment sees:", "Fragment sees: Grace")
    shows(page, "Form sees:", "Form sees:")  # the form's value has not arrived
    shows(page, "App runs:", "App runs: 1")  # and nothing else reran

    page.get_by_role("button", name="Submit").click()
    shows(page, "Form sees:", "Form sees: Ada")
    shows(page, "App runs:", "App runs: 2")


# --8<-- [end:test_form_waits_for_submit_while_fragment_reacts_at_once]


# --8<-- [start:test_callback_output_comes_first_and_only_once]
def test_callback_output_comes_first_and_only_once(app):
    at = app(f"{PAGE}/callback_output_comes_first.py").run()

    at.button[0].click().run()  # "Announce"
    assert [m.value for m in at.markdown] == [
        "Written by the callback",
        "First line of the script",
    ]

    at.button[1].click().run()  # "Do nothing"
    assert [m.value for m in at.markdown] == ["First line of the script"]


# --8<-- [end:test_callback_output_comes_first_and_only_once]


# --8<-- [start:test_cached_function_is_skipped_while_the_script_reruns]
def test_cached_function_is_skipped_while_the_script_reruns(app):
    at = app(f"{PAGE}/cached_function_skipped.py").run()
    at.button[0].click().run()
    at.button[0].click().run()

    assert [m.value for m in at.markdown] == ["App runs: 3", "Price loads: 1"]


# --8<-- [end:test_cached_function_is_skipped_while_the_script_reruns]


# --8<-- [start:test_component_in_fragment_reruns_only_the_fragment]
@pytest.mark.browser
def test_component_in_fragment_reruns_only_the_fragment(serve, page):
    url = serve(f"{PAGE}/component_in_fragment.py")
    open_app(page, url, "Pinger runs: 1")

    page.get_by_role("button", name="Ping").click()
    shows(page, "Pinger runs:", "Pinger runs: 2")
    shows(page, "App runs:", "App runs: 1")


# --8<-- [end:test_component_in_fragment_reruns_only_the_fragment]
