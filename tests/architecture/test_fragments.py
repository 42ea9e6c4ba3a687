"""Claims of docs/architecture/fragments.md.

AppTest reruns the whole script when a fragment's widget is clicked, so the
claims about what a fragment rerun does (or does not) rerun are proven on a real
server in Chromium, except where a callback starts the fragment rerun with
`st.rerun("<key>")`, which AppTest honours, and the test counts runs in
Session State.
"""

import inspect
import logging
import re

import pytest
import streamlit as st
from conftest import BROWSER_WAIT_MS
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from playwright.sync_api import expect
from streamlit.errors import (
    StreamlitAPIException,
    StreamlitBadTimeStringError,
    StreamlitInvalidLayoutContextError,
)

PAGE = "architecture/fragments"


def open_app(page, url, last_text):
    """Load the app and wait until its first full run has drawn `last_text`."""
    page.goto(url)
    expect(page.get_by_text(last_text)).to_be_visible(timeout=BROWSER_WAIT_MS)


def shows(page, prefix, text):
    """Wait until the element starting with `prefix` reads exactly `text`."""
    expect(page.get_by_text(prefix)).to_have_text(text, timeout=BROWSER_WAIT_MS)


def number_in(locator):
    """The first number in the text of `locator`."""
    return int(re.search(r"\d+", locator.inner_text()).group())


def reaches(page, prefix, target, claim):
    """Wait until the paragraph starting with `prefix` shows a number >= `target`."""
    try:
        page.wait_for_function(
            """([prefix, target]) => [...document.querySelectorAll("p")].some(
                p => p.innerText.startsWith(prefix)
                    && Number(p.innerText.match(/\\d+/)[0]) >= target)""",
            arg=[prefix, target],
            timeout=BROWSER_WAIT_MS,
        )
    except PlaywrightTimeoutError:
        pytest.fail(f"{claim}: '{prefix}' never reached {target}")


# --8<-- [start:test_fragment_widget_reruns_only_its_fragment]
@pytest.mark.browser
def test_fragment_widget_reruns_only_its_fragment(serve, page):
    """ScriptRunner._run_script runs only rerun_data.fragment_id_queue."""
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
    """ScriptRunner._run_script: an empty fragment_id_queue runs the script."""
    url = serve(f"{PAGE}/widget_reruns_only_its_fragment.py")
    open_app(page, url, "Traffic runs: 1")

    page.get_by_role("button", name="Refresh everything").click()
    shows(page, "App runs:", "App runs: 2")
    shows(page, "Weather runs:", "Weather runs: 2")
    shows(page, "Traffic runs:", "Traffic runs: 2")


# --8<-- [end:test_widget_outside_fragments_reruns_everything]


# --8<-- [start:test_apptest_reruns_the_whole_script_for_fragment_widgets]
def test_apptest_reruns_the_whole_script_for_fragment_widgets(app):
    """AppTest sends widget states without a fragment_id_queue."""
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
    """LocalScriptRunner clears its queue at SCRIPT_STARTED of the fragment run."""
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
@pytest.mark.browser
def test_fragment_called_in_sidebar_draws_there(serve, page):
    """A fragment's container opens where it is called (runtime.fragment._fragment)."""
    url = serve(f"{PAGE}/fragment_in_sidebar.py")
    open_app(page, url, "Showing all")
    sidebar = page.get_by_test_id("stSidebar")
    expect(sidebar.get_by_text("Showing all")).to_be_visible()

    sidebar.get_by_text("Only open tickets").click()
    expect(sidebar.get_by_text("Showing open tickets")).to_be_visible(
        timeout=BROWSER_WAIT_MS
    )
    shows(page, "App runs:", "App runs: 1")  # it reran as a fragment, in the sidebar


# --8<-- [end:test_fragment_called_in_sidebar_draws_there]


# --8<-- [start:test_fragment_rerun_reuses_arguments_and_drops_return_value]
@pytest.mark.browser
def test_fragment_rerun_reuses_arguments_and_drops_return_value(serve, page):
    """fragment.wrap stores a closure over the call's args; wrapped_fragment
    reruns it, and nobody receives its result."""
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
@pytest.mark.changed_since_2024
def test_outside_container_writes_are_redrawn_in_place(serve, page):
    """fragment._reset_outside_wrappers resets each wrapper's cursor to 0."""
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
    """delta_generator._get_or_create_outside_wrapper raises without a wrapper."""
    url = serve(f"{PAGE}/outside_write_without_full_run_write.py")
    open_app(page, url, "Note taker")

    page.get_by_role("button", name="Add note").click()
    error = page.get_by_test_id("stException")
    expect(error).to_contain_text(
        StreamlitInvalidLayoutContextError.__name__, timeout=BROWSER_WAIT_MS
    )
    note = page.get_by_text("A note from the fragment", exact=True)
    expect(note).to_have_count(0)


# --8<-- [end:test_outside_write_needs_a_write_in_the_full_run]


# --8<-- [start:test_outside_write_fails_if_the_last_full_run_skipped_it]
@pytest.mark.browser
def test_outside_write_fails_if_the_last_full_run_skipped_it(serve, page):
    """FragmentStorage.clear_outside_wrappers runs at the start of each full run."""
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
    expect(events).to_have_count(0)


# --8<-- [end:test_outside_write_fails_if_the_last_full_run_skipped_it]


# --8<-- [start:test_empty_slot_reserves_the_outside_position]
@pytest.mark.browser
def test_empty_slot_reserves_the_outside_position(serve, page):
    """delta_generator._get_or_create_outside_wrapper: st.empty registers one."""
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
@pytest.mark.changed_since_2024
def test_fragment_can_draw_a_widget_in_an_outside_container(app, raised):
    """delta_generator._needs_outside_wrapper: widgets take the same path."""
    at = app(f"{PAGE}/widget_in_outside_container.py").run()

    assert raised(at) == []
    assert [b.label for b in at.sidebar.button] == ["Next track"]


# --8<-- [end:test_fragment_can_draw_a_widget_in_an_outside_container]


# --8<-- [start:test_outside_widget_reruns_only_its_fragment]
@pytest.mark.browser
def test_outside_widget_reruns_only_its_fragment(serve, page):
    """The widget's metadata carries the writing fragment's fragment_id."""
    url = serve(f"{PAGE}/widget_in_outside_container.py")
    open_app(page, url, "Player runs: 1")

    sidebar = page.get_by_test_id("stSidebar")
    sidebar.get_by_role("button", name="Next track").click()
    shows(page, "Player runs:", "Player runs: 2")
    shows(page, "App runs:", "App runs: 1")
    # Redrawn in place in the sidebar, not added a second time.
    expect(sidebar.get_by_role("button", name="Next track")).to_have_count(1)


# --8<-- [end:test_outside_widget_reruns_only_its_fragment]


# --8<-- [start:test_rerun_scope_defaults_to_app]
def test_rerun_scope_defaults_to_app():
    """execution_control.rerun(scope="app")."""
    assert inspect.signature(st.rerun).parameters["scope"].default == "app"


# --8<-- [end:test_rerun_scope_defaults_to_app]


# --8<-- [start:test_rerun_in_fragment_reruns_the_whole_app]
@pytest.mark.browser
def test_rerun_in_fragment_reruns_the_whole_app(serve, page):
    """execution_control._new_fragment_id_queue: "app" -> [] (whole script)."""
    url = serve(f"{PAGE}/rerun_app_from_fragment.py")
    open_app(page, url, "Saved drafts: 0")

    page.get_by_role("button", name="Save draft").click()
    shows(page, "Saved drafts:", "Saved drafts: 1")
    shows(page, "App runs:", "App runs: 2")


# --8<-- [end:test_rerun_in_fragment_reruns_the_whole_app]


# --8<-- [start:test_rerun_fragment_scope_reruns_only_the_fragment]
@pytest.mark.browser
def test_rerun_fragment_scope_reruns_only_the_fragment(serve, page):
    """execution_control._new_fragment_id_queue: "fragment" -> this fragment."""
    url = serve(f"{PAGE}/rerun_fragment_scope.py")
    open_app(page, url, "Items in cart: 0")

    page.get_by_role("button", name="Add item").click()
    # Drawn above the button, so only a second fragment run can show the new count.
    shows(page, "Items in cart:", "Items in cart: 1")
    shows(page, "App runs:", "App runs: 1")


# --8<-- [end:test_rerun_fragment_scope_reruns_only_the_fragment]


# --8<-- [start:test_rerun_fragment_scope_fails_during_a_full_run]
def test_rerun_fragment_scope_fails_during_a_full_run(app, raised):
    """execution_control._new_fragment_id_queue: empty fragment_ids_this_run."""
    at = app(f"{PAGE}/rerun_fragment_scope_in_full_run.py").run()

    assert raised(at) == [StreamlitInvalidLayoutContextError]
    assert at.session_state["ticks"] == 1  # the first call already failed


# --8<-- [end:test_rerun_fragment_scope_fails_during_a_full_run]


# --8<-- [start:test_callback_reruns_a_fragment_by_key]
@pytest.mark.browser
def test_callback_reruns_a_fragment_by_key(serve, page):
    """MemoryFragmentStorage.resolve_target maps the key to fragment ids."""
    url = serve(f"{PAGE}/rerun_fragment_by_key.py")
    open_app(page, url, "Score runs: 1")

    page.get_by_role("button", name="Refresh scores").click()
    shows(page, "Score runs:", "Score runs: 2")
    shows(page, "App runs:", "App runs: 1")


# --8<-- [end:test_callback_reruns_a_fragment_by_key]


# --8<-- [start:test_keyed_rerun_is_refused_outside_a_callback_or_for_unknown_keys]
@pytest.mark.parametrize(
    "button", ["From the script body", "From the fragment body", "Unknown key"]
)
def test_keyed_rerun_is_refused_outside_a_callback_or_for_unknown_keys(
    app, raised, button
):
    """execution_control._new_fragment_id_queue: a key needs RunLocation.CALLBACK;
    MemoryFragmentStorage.resolve_target: and a fragment registered under it."""
    at = app(f"{PAGE}/rerun_key_misuse.py").run()
    assert raised(at) == []

    next(b for b in at.button if b.label == button).click().run()
    assert raised(at) == [StreamlitAPIException]


# --8<-- [end:test_keyed_rerun_is_refused_outside_a_callback_or_for_unknown_keys]


# --8<-- [start:test_keyed_rerun_becomes_a_full_rerun_if_a_sibling_callback_asks]
@pytest.mark.parametrize(
    ("changed", "app_runs"),
    [
        ([], 1),  # the button alone: only the fragment reruns
        (["Note"], 2),  # a sibling callback returned normally
        (["Urgent note"], 2),  # a sibling callback called st.rerun()
    ],
)
def test_keyed_rerun_becomes_a_full_rerun_if_a_sibling_callback_asks(
    app, changed, app_runs
):
    """SessionState._call_callbacks: a targeted vote plus a default vote -> app,
    when _interaction_default_is_app_wide (the widgets are outside fragments)."""
    at = app(f"{PAGE}/rerun_key_with_sibling_callback.py").run()
    for label in changed:  # changed in the same interaction as the click
        next(t for t in at.text_input if t.label == label).input("call back")
    at.button[0].click().run()  # "Refresh scores": st.rerun("scores")

    assert at.session_state["score_runs"] == 2
    assert at.session_state["app_runs"] == app_runs


# --8<-- [end:test_keyed_rerun_becomes_a_full_rerun_if_a_sibling_callback_asks]


# --8<-- [start:test_run_every_reruns_the_fragment_on_a_timer]
@pytest.mark.browser
def test_run_every_reruns_the_fragment_on_a_timer(serve, page):
    """The browser reruns the fragment each `auto_rerun.interval` (fragment.wrap)."""
    url = serve(f"{PAGE}/run_every_timer.py")
    open_app(page, url, "Clicks: 0")

    # Nobody clicks, yet the fragment runs again and again...
    reaches(page, "Clock ticks:", 5, "run_every=0.5 reruns the fragment by itself")
    # ...while the script body ran once.
    shows(page, "App runs:", "App runs: 1")
    shows(page, "Clicks:", "Clicks: 0")


# --8<-- [end:test_run_every_reruns_the_fragment_on_a_timer]


# --8<-- [start:test_timer_reruns_add_to_user_reruns]
@pytest.mark.browser
def test_timer_reruns_add_to_user_reruns(serve, page):
    """auto_rerun is a frontend timer; a click sends its own fragment rerun."""
    url = serve(f"{PAGE}/run_every_timer.py")
    open_app(page, url, "Clicks: 0")

    reaches(page, "Clock ticks:", 4, "the timer runs")
    ticks = page.get_by_text("Clock ticks:")
    before_click = number_in(ticks)
    page.get_by_role("button", name="Refresh now").click()
    shows(page, "Clicks:", "Clicks: 1")  # the click reran the fragment...
    after_click = number_in(ticks)
    assert after_click >= before_click  # ...without resetting the clock...
    # ...and the timer went on from there.
    reaches(page, "Clock ticks:", after_click + 3, "the timer goes on after a click")
    shows(page, "App runs:", "App runs: 1")


# --8<-- [end:test_timer_reruns_add_to_user_reruns]


# --8<-- [start:test_run_every_accepts_seconds_timedelta_and_strings]
@pytest.mark.browser
def test_run_every_accepts_seconds_timedelta_and_strings(serve, page):
    """time_util.time_to_seconds: timedelta, str (pandas.Timedelta), else a number."""
    url = serve(f"{PAGE}/run_every_formats.py")
    open_app(page, url, "string:")

    for name in ("int seconds", "float seconds", "timedelta", "string"):
        reaches(page, f"{name}:", 3, f"run_every given as {name} runs a timer")
    shows(page, "App runs:", "App runs: 1")


# --8<-- [end:test_run_every_accepts_seconds_timedelta_and_strings]


# --8<-- [start:test_run_every_rejects_an_unreadable_string]
def test_run_every_rejects_an_unreadable_string(app, raised):
    """fragment.wrap calls time_util.time_to_seconds (pandas.Timedelta) when the
    fragment is called; the decorator does not check the string."""
    at = app(f"{PAGE}/run_every_bad_string.py").run()

    assert raised(at) == [StreamlitBadTimeStringError]
    # The definition passed; the call failed before the body wrote "Tick".
    assert [m.value for m in at.markdown] == ["Clock defined"]


# --8<-- [end:test_run_every_rejects_an_unreadable_string]


# --8<-- [start:test_run_every_none_on_a_full_run_stops_the_timer]
@pytest.mark.browser
def test_run_every_none_on_a_full_run_stops_the_timer(serve, page):
    """fragment.wrap enqueues its auto_rerun message only `if run_every`."""
    url = serve(f"{PAGE}/run_every_stop.py")
    open_app(page, url, "Heartbeats:")
    clock, beats = page.get_by_text("Clock ticks:"), page.get_by_text("Heartbeats:")
    reaches(page, "Clock ticks:", 3, "the clock starts live")

    page.get_by_text("Live", exact=True).click()  # a full run with run_every=None
    shows(page, "App runs:", "App runs: 2")
    reaches(page, "Heartbeats:", number_in(beats) + 1, "the full run ends")
    stopped_at = number_in(clock)
    reaches(page, "Heartbeats:", number_in(beats) + 4, "time goes on")
    shows(page, "Clock ticks:", f"Clock ticks: {stopped_at}")  # no tick since

    page.get_by_text("Live", exact=True).click()  # run_every=0.5 again
    reaches(page, "Clock ticks:", stopped_at + 4, "the timer starts again")


# --8<-- [end:test_run_every_none_on_a_full_run_stops_the_timer]


# --8<-- [start:test_form_waits_for_submit_while_the_fragment_reruns_alone]
@pytest.mark.browser
def test_form_waits_for_submit_while_the_fragment_reruns_alone(serve, page):
    """Form widget values are sent only with the submit (frontend)."""
    url = serve(f"{PAGE}/form_vs_fragment.py")
    open_app(page, url, "Live name seen:")

    page.get_by_label("Form name").fill("Ada")  # typed, not submitted
    live = page.get_by_label("Live name")
    live.fill("Grace")
    live.press("Enter")
    shows(page, "Live name seen:", "Live name seen: Grace")
    # The same fragment run drew this line first: the form's value had not arrived.
    shows(page, "Form name seen:", "Form name seen:")
    shows(page, "App runs:", "App runs: 1")  # and nothing else reran

    page.get_by_role("button", name="Submit").click()
    shows(page, "App runs:", "App runs: 2")
    shows(page, "Form name seen:", "Form name seen: Ada")


# --8<-- [end:test_form_waits_for_submit_while_the_fragment_reruns_alone]


# --8<-- [start:test_text_input_sends_its_value_on_enter_or_leaving_the_box]
@pytest.mark.browser
def test_text_input_sends_its_value_on_enter_or_leaving_the_box(serve, page):
    """The frontend TextInput commits its value on Enter or blur."""
    url = serve(f"{PAGE}/text_input_sends_on_enter_or_leave.py")
    open_app(page, url, "Python sees:")
    looks, box = page.get_by_text("Python looked"), page.get_by_label("Your name")

    box.fill("Grace")  # typed, still in the box
    reaches(page, "Python looked", number_in(looks) + 3, "the timer reran")
    shows(page, "Python sees:", "Python sees:")  # three more runs saw nothing
    box.press("Enter")
    shows(page, "Python sees:", "Python sees: Grace")

    box.fill("Ada")
    reaches(page, "Python looked", number_in(looks) + 3, "the timer reran")
    shows(page, "Python sees:", "Python sees: Grace")
    box.press("Tab")  # leave the box
    shows(page, "Python sees:", "Python sees: Ada")


# --8<-- [end:test_text_input_sends_its_value_on_enter_or_leaving_the_box]


# --8<-- [start:test_callback_output_comes_first_and_only_once]
def test_callback_output_comes_first_and_only_once(app):
    """SessionState.on_script_will_rerun calls callbacks before the script."""
    at = app(f"{PAGE}/callback_output_comes_first.py").run()

    at.button[0].click().run()  # "Announce"
    assert [m.value for m in at.markdown] == [
        "Written by the callback",
        "First line of the script",
    ]

    at.button[1].click().run()  # "Do nothing"
    assert [m.value for m in at.markdown] == ["First line of the script"]


# --8<-- [end:test_callback_output_comes_first_and_only_once]


# --8<-- [start:test_fragment_callback_output_replaces_the_top_of_the_app]
@pytest.mark.browser
@pytest.mark.correction_2024
def test_fragment_callback_output_replaces_the_top_of_the_app(serve, page):
    """SessionState._execute_widget_callback sets the widget's fragment_id,
    not the fragment's container: the callback writes from the main one's start."""
    url = serve(f"{PAGE}/fragment_callback_output_replaces_top.py")
    open_app(page, url, "Panel text")
    title = page.get_by_text("Page title", exact=True)
    announced = page.get_by_text("Written by the callback", exact=True)

    page.get_by_role("button", name="Announce").click()
    expect(announced).to_be_visible(timeout=BROWSER_WAIT_MS)
    first = page.get_by_test_id("stMarkdownContainer").first
    expect(first).to_have_text("Written by the callback")  # at the very top...
    expect(title).to_have_count(0)  # ...in place of the title
    shows(page, "App runs:", "App runs: 1")  # a fragment rerun, not a full one

    page.get_by_role("button", name="Rerun the app").click()
    shows(page, "App runs:", "App runs: 2")
    expect(title).to_be_visible()
    expect(announced).to_have_count(0)


# --8<-- [end:test_fragment_callback_output_replaces_the_top_of_the_app]


# --8<-- [start:test_fragment_callback_that_draws_logs_a_warning]
def test_fragment_callback_that_draws_logs_a_warning(app):
    """delta_generator._maybe_print_fragment_callback_warning logs it when a
    callback of a widget drawn inside a fragment (ThreadState.in_fragment_callback)
    draws an element; it skips only Streamlit's internal yield-point placeholder."""
    records = []
    handler = logging.Handler(logging.WARNING)
    handler.emit = records.append
    streamlit_logger = logging.getLogger("streamlit")
    streamlit_logger.addHandler(handler)
    try:
        at = app(f"{PAGE}/fragment_callback_output_replaces_top.py").run()
        at.button[1].click().run()  # "Rerun the app": no callback
        assert records == []
        at.button[0].click().run()  # "Announce": its callback draws
    finally:
        streamlit_logger.removeHandler(handler)

    warned = [r for r in records if r.levelno == logging.WARNING]
    assert [r.funcName for r in warned] == ["_maybe_print_fragment_callback_warning"]


# --8<-- [end:test_fragment_callback_that_draws_logs_a_warning]


# --8<-- [start:test_cached_function_is_skipped_while_the_script_reruns]
def test_cached_function_is_skipped_while_the_script_reruns(app):
    """CachedFunc._get_or_create_cached_value runs the body only on a miss."""
    at = app(f"{PAGE}/cached_function_skipped.py").run()
    at.button[0].click().run()
    at.button[0].click().run()

    assert [m.value for m in at.markdown] == ["App runs: 3", "Price loads: 1"]


# --8<-- [end:test_cached_function_is_skipped_while_the_script_reruns]


# --8<-- [start:test_fragment_over_cache_replays_without_running_the_body]
def test_fragment_over_cache_replays_without_running_the_body(app):
    """CachedFunc._get_or_create_cached_value replays the cached messages."""
    at = app(f"{PAGE}/fragment_over_cache.py").run()
    at.button[0].click().run()  # st.rerun("quote"): a rerun of the fragment alone
    assert at.session_state["body_runs"] == 1  # the cache answered
    assert [m.value for m in at.markdown] == ["Quote body runs: 1"]  # replayed
    assert not at.button  # AppTest kept only the fragment's run: it did rerun


# --8<-- [end:test_fragment_over_cache_replays_without_running_the_body]


# --8<-- [start:test_cache_over_fragment_is_bypassed_then_lost]
def test_cache_over_fragment_is_bypassed_then_lost(app, raised):
    """A fragment rerun calls the stored wrapped_fragment, not the cached wrapper;
    a full run that hits the cache never calls fragment.wrap to register it."""
    at = app(f"{PAGE}/cache_over_fragment.py").run()
    at.button[0].click().run()  # "Refresh quote": the fragment reruns...
    assert at.session_state["body_runs"] == 2  # ...and its body runs anyway

    at.run()  # a full rerun: a cache hit, so the body is skipped
    assert at.session_state["body_runs"] == 2
    assert [m.value for m in at.markdown] == ["Quote body runs: 1"]  # replayed
    at.button[0].click().run()  # "Refresh quote"
    assert raised(at) == [StreamlitAPIException]  # no fragment "quote" any more


# --8<-- [end:test_cache_over_fragment_is_bypassed_then_lost]


# --8<-- [start:test_component_in_fragment_reruns_only_the_fragment]
@pytest.mark.browser
def test_component_in_fragment_reruns_only_the_fragment(serve, page):
    """A v2 component is a widget: its metadata carries the fragment_id."""
    url = serve(f"{PAGE}/component_in_fragment.py")
    open_app(page, url, "Pinger runs: 1")

    page.get_by_role("button", name="Ping").click()
    shows(page, "Pinger runs:", "Pinger runs: 2")
    shows(page, "App runs:", "App runs: 1")


# --8<-- [end:test_component_in_fragment_reruns_only_the_fragment]
