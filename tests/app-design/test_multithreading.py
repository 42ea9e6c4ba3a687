"""Claims of docs/app-design/multithreading.md.

A Streamlit command finds its session through the ScriptRunContext attached to
the current thread (runtime/scriptrunner_utils/script_run_context.py,
get_script_run_ctx). A thread you start has none unless you attach one.
"""

import logging

import pytest
from conftest import BROWSER_WAIT_MS, shown
from playwright.sync_api import expect

PAGE = "app-design/multithreading"


# --8<-- [start:missing_context]
def missing_context(caplog):
    """The threads (other than AppTest's own) that Streamlit warned have no ctx."""
    names = {r.args[0] for r in caplog.records if "missing ScriptRunContext" in r.msg}
    return sorted(names - {"MainThread"})


# --8<-- [end:missing_context]


# --8<-- [start:test_a_thread_without_a_context_draws_nothing]
def test_a_thread_without_a_context_draws_nothing(app, caplog):
    """DeltaGenerator._enqueue sends nothing: with no ctx the thread has no
    cursor (dg._cursor is None). session_state_proxy
    .get_session_state falls back to a module-level mock SessionState; each
    lookup logs "missing ScriptRunContext"."""
    with caplog.at_level(logging.WARNING, logger="streamlit"):
        at = app(f"{PAGE}/thread_without_context.py").run()
    assert shown(at) == ["Thread finished: True", "price in Session State: False"]
    assert not at.exception
    assert missing_context(caplog) == ["price-fetcher"]


# --8<-- [end:test_a_thread_without_a_context_draws_nothing]


# --8<-- [start:test_a_container_written_from_a_thread_without_context_raises]
def test_a_container_written_from_a_thread_without_context_raises(app):
    """A container has a cursor of its own, so DeltaGenerator._enqueue calls
    script_run_context.enqueue_message, which raises NoSessionContext."""
    at = app(f"{PAGE}/container_from_a_thread_without_context.py").run()
    box, caught = at.main.children.values()
    assert box.children == {}  # the box stays empty
    assert caught.value == "Caught: ['NoSessionContext']"


# --8<-- [end:test_a_container_written_from_a_thread_without_context_raises]


# --8<-- [start:test_an_attached_thread_draws_into_its_container]
def test_an_attached_thread_draws_into_its_container(app):
    """add_script_run_ctx sets the script thread's ctx on the new thread, so
    its commands reach this session, in the containers it was given."""
    at = app(f"{PAGE}/thread_with_context.py").run()
    north, south, summary = at.main.children.values()
    assert [north.children[0].value, south.children[0].value] == [
        "North: 42",
        "South: 42",
    ]
    assert summary.value == "In Session State: ['North', 'South']"


# --8<-- [end:test_an_attached_thread_draws_into_its_container]


# --8<-- [start:test_a_write_after_the_run_ended_is_dropped]
@pytest.mark.browser
def test_a_write_after_the_run_ended_is_dropped(serve, page):
    """AppSession._on_scriptrunner_event ignores events from a ScriptRunner
    that is no longer current (it is set to None at SHUTDOWN): the late
    delta is logged at debug level and never sent. Session State is the
    session's own object, so the thread's write there stays."""
    url = serve(f"{PAGE}/thread_outlives_its_run.py", "--logger.level=debug")
    page.goto(url)
    expect(page.get_by_text("Reported earlier: False")).to_be_visible(
        timeout=BROWSER_WAIT_MS
    )
    dropped = "Ignoring event from non-current ScriptRunner: ScriptRunnerEvent.ENQUEUE"
    for _ in range(BROWSER_WAIT_MS // 20):  # poll the server's log for the drop
        if dropped in serve.log(url):
            break
        page.wait_for_timeout(20)
    assert dropped in serve.log(url)
    expect(page.get_by_text("Late report")).to_have_count(0)

    page.get_by_role("button", name="Rerun").click()
    expect(page.get_by_text("Reported earlier: True")).to_be_visible(
        timeout=BROWSER_WAIT_MS
    )


# --8<-- [end:test_a_write_after_the_run_ended_is_dropped]


# --8<-- [start:test_closing_the_tab_does_not_stop_the_thread]
@pytest.mark.browser
def test_closing_the_tab_does_not_stop_the_thread(serve, page, tmp_path):
    """Runtime.disconnect_session (logged by the uploaded-file manager at debug
    level) stops nothing the script started: Python cannot stop a thread from
    outside, and Streamlit does not try."""
    url = serve(
        f"{PAGE}/thread_outlives_its_session.py", "--logger.level=debug", cwd=tmp_path
    )
    page.goto(url)
    expect(page.get_by_text("The oven is on")).to_be_visible(timeout=BROWSER_WAIT_MS)
    waiter = page.context.new_page()  # to wait on, once the app's tab is gone
    page.close()

    def poll(done):  # poll for an event, not a wait for behaviour
        for _ in range(BROWSER_WAIT_MS // 20):
            if done():
                return True
            waiter.wait_for_timeout(20)
        return False

    assert poll(lambda: "Disconnecting files for session" in serve.log(url))
    oven = tmp_path / "oven.log"
    baked = len(oven.read_text().splitlines())
    assert poll(lambda: len(oven.read_text().splitlines()) > baked)  # still baking


# --8<-- [end:test_closing_the_tab_does_not_stop_the_thread]


# --8<-- [start:test_threads_that_only_compute_need_no_context]
def test_threads_that_only_compute_need_no_context(app, caplog):
    with caplog.at_level(logging.WARNING, logger="streamlit"):
        at = app(f"{PAGE}/work_then_draw.py").run()
    assert shown(at) == ["North: 42", "South: 40"]
    assert missing_context(caplog) == []


# --8<-- [end:test_threads_that_only_compute_need_no_context]
