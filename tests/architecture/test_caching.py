"""Claims of docs/architecture/caching.md."""

import shutil
import sys
import threading

import pytest
import streamlit as st
from conftest import BROWSER_WAIT_MS, SNIPPETS, TIMEOUT
from playwright.sync_api import expect
from streamlit.runtime.caching.cache_errors import (
    CacheReplayClosureError,
    UnserializableReturnValueError,
)
from streamlit.testing.v1 import AppTest

PAGE = "architecture/caching"


def texts(at):
    return [m.value for m in at.markdown]


# --8<-- [start:test_cached_body_runs_once_per_argument]
def test_cached_body_runs_once_per_argument(app):
    """cache_utils.CachedFunc.__call__: a hit returns without calling the body."""
    at = app(f"{PAGE}/cached_body_is_skipped.py").run()
    at.button[0].click().run()
    assert at.session_state.runs == {"plain": 2, "cached": 1}
    at.number_input[0].set_value(2_000).run()  # a new argument: a miss
    assert at.session_state.runs == {"plain": 3, "cached": 2}
    at.number_input[0].set_value(1_000).run()  # the first argument: still cached
    assert at.session_state.runs == {"plain": 4, "cached": 2}


# --8<-- [end:test_cached_body_runs_once_per_argument]


# --8<-- [start:test_underscore_argument_is_left_out_of_the_key]
def test_underscore_argument_is_left_out_of_the_key(app):
    """cache_utils._make_value_key skips an argument whose parameter name starts
    with _ (values gathered into *args have no name there, and are hashed)."""
    at = app(f"{PAGE}/underscore_argument_is_not_hashed.py").run()
    assert texts(at)[:3] == [
        "Hello Ada, from client A",
        "Hello Ada, from client A",  # the stale result for another _client
        "Hello Bob, from client B",
    ]
    assert at.session_state.runs == 2


# --8<-- [end:test_underscore_argument_is_left_out_of_the_key]


# --8<-- [start:test_values_in_star_args_are_hashed]
def test_values_in_star_args_are_hashed(app):
    """cache_utils._get_positional_arg_name returns None for a VAR_POSITIONAL
    parameter, and _make_value_key hashes every argument without a name."""
    at = app(f"{PAGE}/star_args_are_hashed.py").run()
    assert texts(at) == ["Hello Ada", "Hello Bob", "greeting ran 2 times"]


# --8<-- [end:test_values_in_star_args_are_hashed]


# --8<-- [start:test_same_name_in_two_modules_has_two_caches]
def test_same_name_in_two_modules_has_two_caches(app):
    """cache_utils._make_function_key hashes __module__ and __qualname__."""
    at = app(f"{PAGE}/same_name_in_two_modules.py").run()
    assert texts(at) == ["loader_north loader_south"]


# --8<-- [end:test_same_name_in_two_modules_has_two_caches]


# --8<-- [start:test_editing_the_function_body_misses_the_cache]
def test_editing_the_function_body_misses_the_cache(app, tmp_path):
    """CachedFunc.__init__ -> _make_function_key hashes inspect.getsource."""
    at = app(f"{PAGE}/edited_function.py").run().run()
    assert texts(at) == ["Rate 0.25, computed 1 times"]
    st.cache_data.clear()
    script = tmp_path / "edited_function.py"  # a copy we may edit
    shutil.copy(SNIPPETS / PAGE / "edited_function.py", script)
    at = AppTest.from_file(str(script), default_timeout=TIMEOUT).run()
    assert texts(at) == ["Rate 0.25, computed 1 times"]
    script.write_text(script.read_text().replace("0.25", "0.5"))
    at.run()
    assert texts(at) == ["Rate 0.5, computed 2 times"]


# --8<-- [end:test_editing_the_function_body_misses_the_cache]


# --8<-- [start:test_same_function_in_another_script_file_shares_entries]
def test_same_function_in_another_script_file_shares_entries(app, tmp_path):
    """_make_function_key: every script runs as __main__; its path is not hashed."""
    at = app(f"{PAGE}/edited_function.py").run()
    assert texts(at) == ["Rate 0.25, computed 1 times"]
    script = tmp_path / "another_page.py"  # same source, another file and folder
    shutil.copy(SNIPPETS / PAGE / "edited_function.py", script)
    at = AppTest.from_file(str(script), default_timeout=TIMEOUT).run()
    assert texts(at) == ["Rate 0.25, computed 0 times"]  # a hit on the first run


# --8<-- [end:test_same_function_in_another_script_file_shares_entries]


# --8<-- [start:test_cache_data_returns_a_copy_cache_resource_the_object]
@pytest.mark.correction_2024
def test_cache_data_returns_a_copy_cache_resource_the_object(app):
    """cache_data_api.DataCache.read_result unpickles; ResourceCache returns as is."""
    at = app(f"{PAGE}/copy_versus_shared.py").run()
    assert texts(at)[:4] == [
        "cache_data now returns ['a']",
        "cache_resource now returns ['a', 'b']",
        "same object twice? data: False",
        "same object twice? resource: True",
    ]
    at.button[0].click().run()  # the next run appends to the same object again
    assert texts(at)[:2] == [
        "cache_data now returns ['a']",
        "cache_resource now returns ['a', 'b', 'b']",
    ]


# --8<-- [end:test_cache_data_returns_a_copy_cache_resource_the_object]


# --8<-- [start:test_cache_data_unpickles_a_new_copy_on_every_call]
@pytest.mark.correction_2024
def test_cache_data_unpickles_a_new_copy_on_every_call(app):
    """DataCache.read_result unpickles on each hit; a miss returns the original."""
    at = app(f"{PAGE}/unpickled_on_every_hit.py").run()
    assert texts(at) == ["Table rebuilt from pickle 2 times"]


# --8<-- [end:test_cache_data_unpickles_a_new_copy_on_every_call]


# --8<-- [start:test_cache_data_needs_a_picklable_return_value]
def test_cache_data_needs_a_picklable_return_value(app, raised):
    """cache_data_api.DataCache.write_result pickles; cache_resource does not."""
    at = app(f"{PAGE}/unpicklable_return.py").run()
    assert texts(at) == ["cache_resource returned lock"]
    assert raised(at) == [UnserializableReturnValueError]


# --8<-- [end:test_cache_data_needs_a_picklable_return_value]


# --8<-- [start:test_invalid_resource_is_created_again]
def test_invalid_resource_is_created_again(app):
    """cache_utils.CachedFunc: ResourceCache.read_result calls validate on a hit."""
    at = app(f"{PAGE}/validate_resource.py").run()
    at.run()
    assert at.session_state.opened == 1  # valid: a hit
    at.button[0].click().run()  # closes it after this run's call
    assert at.session_state.opened == 1
    at.run()  # this call finds it closed
    assert at.session_state.opened == 2


# --8<-- [end:test_invalid_resource_is_created_again]


# --8<-- [start:test_elements_drawn_in_a_cached_function_are_replayed]
def test_elements_drawn_in_a_cached_function_are_replayed(app):
    """cached_message_replay.replay_cached_messages: elements and blocks, both APIs."""

    def drawn(at):
        return (
            [m.value for m in at.markdown][:2],
            [i.value for i in at.info],
            [e.label for e in at.expander],
            [c.value for c in at.main.caption],
            [c.value for c in at.sidebar.caption],
        )

    at = app(f"{PAGE}/elements_are_replayed.py").run()
    first = drawn(at)
    assert first == (
        ["### Sales in North", "Total: `42`"],
        ["Figures are from last night's export."],
        ["Details"],
        ["Per shop figures follow."],
        ["Figures in euros."],
    )
    at.button[0].click().run()
    assert at.session_state.runs == 2  # one run of each body, on the first run
    assert drawn(at) == first
    assert len(at.expander[0].caption) == 1  # replayed inside its expander


# --8<-- [end:test_elements_drawn_in_a_cached_function_are_replayed]


# --8<-- [start:test_background_mode_does_not_replay_elements]
def test_background_mode_does_not_replay_elements(app, raised):
    """CachedFunc._handle_cache_hit skips replay_cached_messages when refresh_mode
    is "background"; _store_computed_value warns and stores no messages."""
    at = app(f"{PAGE}/background_mode_does_not_replay.py").run()
    assert [c.value for c in at.caption] == ["Drawn by the body"]
    assert raised(at) == ["CachedStFunctionInBackgroundModeWarning"]
    at.button[0].click().run()
    assert texts(at) == ["report ran 1 times"]  # a hit...
    assert not at.caption and not at.exception  # ...that draws nothing


# --8<-- [end:test_background_mode_does_not_replay_elements]


# --8<-- [start:test_element_in_a_block_from_outside_fails_on_the_hit]
def test_element_in_a_block_from_outside_fails_on_the_hit(app, raised):
    """replay_cached_messages raises CacheReplayClosureError for an unknown block."""
    at = app(f"{PAGE}/element_in_outside_block.py").run()
    assert not at.exception  # the miss draws it fine
    assert len(at.markdown) == 1
    at.button[0].click().run()  # the hit cannot replay it
    assert raised(at) == [CacheReplayClosureError]


# --8<-- [end:test_element_in_a_block_from_outside_fails_on_the_hit]


# --8<-- [start:test_widget_in_a_cached_function_warns_and_is_frozen]
def test_widget_in_a_cached_function_warns_and_is_frozen(app, raised):
    """policies.check_widget_policies -> check_cache_replay_rules draws the
    CachedWidgetWarning with st.exception; tested with st.slider only."""
    at = app(f"{PAGE}/widget_in_cached_function.py").run()
    assert raised(at) == ["CachedWidgetWarning"]  # shown on the page, not raised
    assert texts(at) == ["rows = 3, pick_rows ran 1 times"]
    at.slider[0].set_value(7).run()
    assert len(at.slider) == 1  # the hit replays the slider...
    assert texts(at) == ["rows = 3, pick_rows ran 1 times"]  # ...not its value
    assert raised(at) == ["CachedWidgetWarning"]


# --8<-- [end:test_widget_in_a_cached_function_warns_and_is_frozen]


# --8<-- [start:test_experimental_allow_widgets_is_gone]
@pytest.mark.changed_since_2024
def test_experimental_allow_widgets_is_gone(app, raised):
    """CacheDataAPI.__call__ and CacheResourceAPI.__call__: no such parameter."""
    at = app(f"{PAGE}/allow_widgets_parameter.py").run()
    assert raised(at) == [TypeError]
    assert not at.slider and not at.markdown
    with pytest.raises(TypeError):  # nor on the other decorator
        st.cache_resource(experimental_allow_widgets=True)


# --8<-- [end:test_experimental_allow_widgets_is_gone]


def open_tab(page, url):
    tab = page.context.new_page()
    tab.goto(url)
    return tab


# --8<-- [start:test_resource_mutation_is_seen_by_another_session]
@pytest.mark.browser
def test_resource_mutation_is_seen_by_another_session(serve, page):
    """cache_resource_api.ResourceCaches: one global cache per server process."""
    url = serve(f"{PAGE}/copy_versus_shared.py")
    first = open_tab(page, url)
    expect(first.get_by_text("cache_resource now returns")).to_have_text(
        "cache_resource now returns ['a', 'b']", timeout=BROWSER_WAIT_MS
    )
    second = open_tab(page, url)  # another session appends to the same list
    expect(second.get_by_text("cache_resource now returns")).to_have_text(
        "cache_resource now returns ['a', 'b', 'b']", timeout=BROWSER_WAIT_MS
    )
    expect(second.get_by_text("cache_data now returns")).to_have_text(
        "cache_data now returns ['a']"
    )


# --8<-- [end:test_resource_mutation_is_seen_by_another_session]


# --8<-- [start:test_session_resource_is_released_when_its_tab_disconnects]
@pytest.mark.browser
def test_session_resource_is_released_when_its_tab_disconnects(serve, page):
    """starlette_websocket's endpoint, when the socket closes (`finally`) ->
    Runtime.disconnect_session -> WebsocketSessionManager.disconnect_session ->
    AppSession.clear_session_caches -> ResourceCaches.clear_session -> on_release.
    An event, not a timer: the session itself is kept for a reconnect until
    server.disconnectedSessionTTL (120 s), far beyond the wait below."""
    url = serve(f"{PAGE}/session_resource_released.py")
    first = open_tab(page, url)
    mine = first.get_by_text("My workspace:")
    expect(mine).to_be_visible(timeout=BROWSER_WAIT_MS)
    owner = mine.inner_text().removeprefix("My workspace: ")
    second = open_tab(page, url)
    theirs = second.get_by_text("My workspace:")
    expect(theirs).to_be_visible(timeout=BROWSER_WAIT_MS)
    expect(theirs).not_to_have_text(mine.inner_text())  # its own workspace
    expect(second.get_by_text("Released so far:")).to_have_text(
        "Released so far: []", timeout=BROWSER_WAIT_MS
    )
    first.close()  # its websocket closes: the session disconnects
    expect(second.get_by_text("Released so far:")).to_have_text(
        f"Released so far: ['{owner}']", timeout=BROWSER_WAIT_MS
    )


# --8<-- [end:test_session_resource_is_released_when_its_tab_disconnects]


# --8<-- [start:test_a_shared_resource_loses_updates_without_a_lock]
def test_a_shared_resource_loses_updates_without_a_lock(app):
    """cache_resource_api.ResourceCaches.get_cache: with scope="global" there is no
    session lookup, so a call from any thread finds the same cache. Deterministic:
    the other thread runs to its end inside the first one's read-write window."""
    app(f"{PAGE}/visits.py").run()  # the app made the resource: count is 1
    tally = sys.modules["shared_tally"].shared_tally()  # from this test's thread
    assert tally.count == 1  # the same object the session used
    other = threading.Thread(target=tally.add_unsafe)

    def other_runs_in_between():
        other.start()
        other.join()

    tally.add_unsafe(meanwhile=other_runs_in_between)
    assert tally.count == 2  # two adds, but one was lost


# --8<-- [end:test_a_shared_resource_loses_updates_without_a_lock]


# --8<-- [start:test_a_lock_makes_the_other_thread_wait]
def test_a_lock_makes_the_other_thread_wait(app):
    """Tally.add holds a threading.Lock from the read to the write: the other
    thread blocks on it until the first add is written, so 4 on every schedule.
    (Without the lock the other thread usually adds inside the window, since
    Thread.start waits for it to begin, and the count is 3; not guaranteed.)"""
    at = app(f"{PAGE}/visits.py").run().run()
    assert texts(at) == ["Visits so far, all sessions together: 2"]
    tally = sys.modules["shared_tally"].shared_tally()
    other = threading.Thread(target=tally.add)
    tally.add(meanwhile=other.start)  # the other thread waits for the lock
    other.join()
    assert tally.count == 4  # no add lost


# --8<-- [end:test_a_lock_makes_the_other_thread_wait]


@pytest.fixture
def slow_total(monkeypatch):
    monkeypatch.syspath_prepend(str(SNIPPETS / PAGE))
    import slow_total

    return slow_total


# --8<-- [start:test_benchmark_slow_total_uncached]
def test_benchmark_slow_total_uncached(benchmark, slow_total):
    """The plain function: every call does the whole loop."""
    assert benchmark(slow_total.slow_total) == 784_002


# --8<-- [end:test_benchmark_slow_total_uncached]


# --8<-- [start:test_benchmark_slow_total_cached]
def test_benchmark_slow_total_cached(benchmark, slow_total):
    """The cached function after one miss: each call is a hit (hash + unpickle)."""
    assert slow_total.slow_total_cached() == 784_002  # the miss, outside the timing
    assert benchmark(slow_total.slow_total_cached) == 784_002
    assert slow_total.runs == {"cached": 1}  # every timed call was a hit


# --8<-- [end:test_benchmark_slow_total_cached]


# --8<-- [start:test_st_connection_is_a_cached_resource]
def test_st_connection_is_a_cached_resource(app):
    """connection_factory._create_connection wraps its maker in cache_resource."""
    at = app(f"{PAGE}/connection_is_cached.py").run()
    at.button[0].click().run()
    at.button[0].click().run()
    assert texts(at) == ["Opened 1 times", "Distinct connection objects: 1"]
    st.cache_resource.clear()  # what clears cache_resource clears connections
    at.run()
    assert texts(at) == ["Opened 2 times", "Distinct connection objects: 2"]


# --8<-- [end:test_st_connection_is_a_cached_resource]
