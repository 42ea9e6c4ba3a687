"""Claims of docs/architecture/caching-control.md.

`ttl` and `max_entries` live in the in-memory cache, which AppTest uses like a
server does: the `clock` fixture replaces its timer, so expiry is proven without
waiting. `persist="disk"` needs a Streamlit runtime, which AppTest does not
create, and the spinner is drawn by the frontend: both are proven on a real
`streamlit run` in Chromium.
"""

import importlib.util
import re

import pandas as pd
import pytest
import streamlit as st
from conftest import BROWSER_WAIT_MS
from playwright.sync_api import expect
from streamlit.errors import StreamlitBadTimeStringError
from streamlit.runtime.caching import cache_utils
from streamlit.runtime.caching.cache_errors import UnhashableParamError

PAGE = "architecture/caching-control"


@pytest.fixture
def clock(monkeypatch):
    """A fake clock for the cache: `clock[0]` is now, in seconds."""
    now = [1000.0]
    monkeypatch.setattr(cache_utils, "TTLCACHE_TIMER", lambda: now[0])
    return now


# --8<-- [start:test_ttl_accepts_seconds_timedelta_and_strings]
@pytest.mark.parametrize("kind", ["cache_data", "cache_resource"])
@pytest.mark.parametrize("form", ["seconds", "timedelta", "string"])
def test_ttl_accepts_seconds_timedelta_and_strings(app, clock, form, kind):
    """time_util.time_to_seconds: a number, a timedelta or a pandas.Timedelta
    string; ttl_cache.TTLCache (in DataCache's InMemoryCacheStorageWrapper, and
    as TTLCleanupCache in ResourceCache) expires an entry at `stored + ttl`. Default
    refresh_mode="foreground" and no persist (see below)."""
    at = app(f"{PAGE}/ttl_forms.py")
    at.session_state["kind"] = kind  # the radio's value before the first run
    at.run()
    assert at.session_state[kind].count(form) == 1
    clock[0] += 599.9  # just inside ten minutes: served from the cache
    at.run()
    assert at.session_state[kind].count(form) == 1
    clock[0] += 0.1  # ten minutes after the first fetch: expired
    at.run()
    assert at.session_state[kind].count(form) == 2


# --8<-- [end:test_ttl_accepts_seconds_timedelta_and_strings]


# --8<-- [start:test_ttl_string_that_pandas_cannot_parse_fails_at_decoration]
@pytest.mark.parametrize("kind", ["cache_data", "cache_resource"])
def test_ttl_string_that_pandas_cannot_parse_fails_at_decoration(app, raised, kind):
    """CacheDataAPI._decorator and CacheResourceAPI._decorator call
    time_util.time_to_seconds, which raises StreamlitBadTimeStringError when
    pandas.Timedelta rejects the string."""
    at = app(f"{PAGE}/ttl_bad_string.py")
    at.session_state["kind"] = kind  # the radio's value before the first run
    at.run()
    assert raised(at) == [StreamlitBadTimeStringError]
    assert not at.markdown  # nothing after the decorator ran


# --8<-- [end:test_ttl_string_that_pandas_cannot_parse_fails_at_decoration]


# --8<-- [start:test_ttl_expires_on_a_real_server]
@pytest.mark.browser
def test_ttl_expires_on_a_real_server(serve, page):
    """A real `streamlit run`: the wall clock, not a fake one, expires the entry."""
    page.goto(serve(f"{PAGE}/ttl_real_clock.py"))
    first = page.get_by_text("Fetches: 1", exact=True)
    expect(first).to_be_visible(timeout=BROWSER_WAIT_MS)
    second = page.get_by_text("Fetches: 2", exact=True)
    expect(second).to_be_visible(timeout=BROWSER_WAIT_MS)


# --8<-- [end:test_ttl_expires_on_a_real_server]


# --8<-- [start:test_max_entries_evicts_the_least_recently_used]
@pytest.mark.parametrize("kind", ["cache_data", "cache_resource"])
@pytest.mark.correction_2024
def test_max_entries_evicts_the_least_recently_used(app, kind):
    """ttl_cache.TTLCache.__getitem__ moves a read entry to the end;
    __setitem__ evicts from the front (_evict_lru) when the cache is full.
    Both decorators keep their entries in a TTLCache of maxsize=max_entries."""
    at = app(f"{PAGE}/max_entries_lru.py")
    at.session_state["kind"] = kind  # the radio's value before the first run
    at.run()
    # 3 evicted 2 (read longest ago), not 1 (stored first): only 2 is recomputed.
    assert at.session_state[kind] == [1, 2, 3, 2]


# --8<-- [end:test_max_entries_evicts_the_least_recently_used]

# --8<-- [start:SPINNERS]
SPINNERS = """
window.spinnerTexts = [];
new MutationObserver(() => {
  for (const el of document.querySelectorAll('[data-testid="stSpinner"]')) {
    const text = el.innerText.trim();
    if (text && !window.spinnerTexts.includes(text)) window.spinnerTexts.push(text);
  }
}).observe(document, {childList: true, subtree: true, characterData: true});
"""
# --8<-- [end:SPINNERS]


# --8<-- [start:test_spinner_texts]
@pytest.mark.browser
def test_spinner_texts(serve, page):
    """cache_utils.CachedFunc.__call__: show_spinner=True -> "Running `name()`."
    or "Running `name(...)`." (with arguments); a string is the text; False
    shows none. _get_or_create_cached_value shows none for a cached function
    called inside another (in_cached_function). The spinner appears after
    spinner.DELAY_SECS (0.5 s), so a function that returns sooner shows none."""
    page.add_init_script(SPINNERS)  # records every spinner text the page shows
    page.goto(serve(f"{PAGE}/spinner_texts.py"))
    expect(page.get_by_text("All loaded")).to_be_visible(timeout=BROWSER_WAIT_MS)
    assert page.evaluate("window.spinnerTexts") == [
        # nothing for quick_total, done within the spinner's delay
        "Running load_rates().",
        "Running load_weather(...).",  # and nothing for forecast, inside it
        "Fetching prices...",
    ]  # and nothing for load_news, which ran last


# --8<-- [end:test_spinner_texts]


def open_report(page, url):
    """Load the persist example; return (computing pid, serving pid)."""
    page.goto(url)
    computed = page.get_by_text("Computed by process")
    expect(computed).to_be_visible(timeout=BROWSER_WAIT_MS)
    serving = page.get_by_text("This server is process")
    expect(serving).to_be_visible(timeout=BROWSER_WAIT_MS)
    pid = re.compile(r"\d+")
    return int(pid.search(computed.inner_text())[0]), int(
        pid.search(serving.inner_text())[0]
    )


# --8<-- [start:test_persist_writes_memo_files_under_the_home_folder]
@pytest.mark.browser
def test_persist_writes_memo_files_under_the_home_folder(
    serve, page, tmp_path, monkeypatch
):
    """local_disk_cache_storage: file_util.get_streamlit_file_path puts
    `<function key>-<value key>.memo` in `~/.streamlit/cache`, not the cwd."""
    home, cwd = tmp_path / "home", tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.setenv("HOME", str(home))  # the server inherits it
    computed, serving = open_report(page, serve(f"{PAGE}/persist_to_disk.py", cwd=cwd))
    assert computed == serving
    files = [p.name for p in (home / ".streamlit" / "cache").iterdir()]
    assert len(files) == 1
    assert re.fullmatch(r"[0-9a-f]+-[0-9a-f]+\.memo", files[0])
    assert not (cwd / ".streamlit").exists()


# --8<-- [end:test_persist_writes_memo_files_under_the_home_folder]


# --8<-- [start:test_persisted_result_survives_a_server_restart]
@pytest.mark.browser
def test_persisted_result_survives_a_server_restart(serve, page, tmp_path, monkeypatch):
    """InMemoryCacheStorageWrapper.get falls back to LocalDiskCacheStorage.get
    when the new process's memory is empty."""
    monkeypatch.setenv("HOME", str(tmp_path))
    first = serve(f"{PAGE}/persist_to_disk.py")
    computed, first_pid = open_report(page, first)
    assert computed == first_pid
    serve.stop(first)
    computed, second_pid = open_report(page, serve(f"{PAGE}/persist_to_disk.py"))
    assert second_pid != first_pid
    assert computed == first_pid  # read from disk, not computed again


# --8<-- [end:test_persisted_result_survives_a_server_restart]


# --8<-- [start:test_persist_ignores_ttl_and_logs_a_warning]
@pytest.mark.browser
def test_persist_ignores_ttl_and_logs_a_warning(serve, page, tmp_path, monkeypatch):
    """LocalDiskCacheStorageManager.check_context logs the warning when the
    decorator runs. The in-memory layer (InMemoryCacheStorageWrapper) drops the
    entry after its ttl, but its get() then reads it back from
    LocalDiskCacheStorage, which has no expiry: the function does not run again."""
    monkeypatch.setenv("HOME", str(tmp_path))
    url = serve(f"{PAGE}/persist_with_ttl.py")
    page.goto(url)
    old = page.get_by_text("This entry is older than twice its ttl")
    expect(old).to_be_visible(timeout=BROWSER_WAIT_MS)  # waits on the wall clock
    runs = page.get_by_text("Runs: 1", exact=True)
    expect(runs).to_be_visible(timeout=BROWSER_WAIT_MS)  # the function ran once
    assert "'yearly_report' has a TTL that will be ignored" in serve.log(url)


# --8<-- [end:test_persist_ignores_ttl_and_logs_a_warning]


# --8<-- [start:test_persist_is_not_supported_on_apptest]
def test_persist_is_not_supported_on_apptest(app, tmp_path, monkeypatch):
    """CacheDataAPI.get_storage_manager: with no runtime (AppTest), Streamlit
    falls back to MemoryCacheStorageManager and writes nothing to disk."""
    monkeypatch.setenv("HOME", str(tmp_path))
    at = app(f"{PAGE}/persist_to_disk.py").run()
    assert at.markdown[0].value.startswith("Computed by process")
    assert not (tmp_path / ".streamlit").exists()


# --8<-- [end:test_persist_is_not_supported_on_apptest]


# --8<-- [start:test_cache_resource_has_no_persist]
def test_cache_resource_has_no_persist(app, raised):
    """CacheResourceAPI.__call__ has no `persist` parameter."""
    at = app(f"{PAGE}/resource_has_no_persist.py").run()
    assert raised(at) == [TypeError]


# --8<-- [end:test_cache_resource_has_no_persist]


# --8<-- [start:runs_after_clicking]
def runs_after_clicking(app, label):
    at = app(f"{PAGE}/clear_caches.py").run()
    assert at.session_state.runs == {"prices": 1, "stock": 1, "model": 1}
    next(b for b in at.button if b.label == label).click().run()
    return at.session_state.runs


# --8<-- [end:runs_after_clicking]


# --8<-- [start:test_function_clear_empties_only_that_function]
def test_function_clear_empties_only_that_function(app):
    """CachedFunc.clear with no arguments -> Cache.clear() of its own cache."""
    runs = runs_after_clicking(app, "Clear prices")
    assert runs == {"prices": 2, "stock": 1, "model": 1}


# --8<-- [end:test_function_clear_empties_only_that_function]


# --8<-- [start:test_cache_data_clear_empties_every_data_function]
def test_cache_data_clear_empties_every_data_function(app):
    """CacheDataAPI.clear -> DataCaches.clear_all; resources are untouched."""
    runs = runs_after_clicking(app, "Clear all st.cache_data")
    assert runs == {"prices": 2, "stock": 2, "model": 1}


# --8<-- [end:test_cache_data_clear_empties_every_data_function]


# --8<-- [start:test_cache_resource_clear_empties_every_resource_function]
def test_cache_resource_clear_empties_every_resource_function(app):
    """CacheResourceAPI.clear -> ResourceCaches.clear_all; data is untouched."""
    runs = runs_after_clicking(app, "Clear all st.cache_resource")
    assert runs == {"prices": 1, "stock": 1, "model": 2}


# --8<-- [end:test_cache_resource_clear_empties_every_resource_function]


# --8<-- [start:test_pandas_string_unique_is_an_unhashable_arrow_array]
def test_pandas_string_unique_is_an_unhashable_arrow_array(app, raised):
    """hashing._CacheFuncHasher._to_bytes: no branch for pandas extension arrays,
    and their __reduce__ fails, so cache_utils._make_value_key raises."""
    at = app(f"{PAGE}/arrow_strings_unhashable.py").run()
    assert at.markdown[0].value == "unique() returned ArrowStringArray"
    assert raised(at) == [UnhashableParamError]
    assert pd.__version__.startswith("3.")


# --8<-- [end:test_pandas_string_unique_is_an_unhashable_arrow_array]


# --8<-- [start:test_hash_funcs_by_type_makes_the_arrow_array_hashable]
def test_hash_funcs_by_type_makes_the_arrow_array_hashable(app):
    """hashing._CacheFuncHasher._to_bytes checks hash_funcs (keyed by the type's
    qualified name) before every other branch but mocks, bytes and bytearray."""
    at = app(f"{PAGE}/arrow_strings_hash_funcs.py").run()
    at.run()
    assert at.markdown[0].value == "3 distinct items"
    assert at.session_state.counted == 1  # the rerun was a cache hit


# --8<-- [end:test_hash_funcs_by_type_makes_the_arrow_array_hashable]


# --8<-- [start:test_frames_arrays_and_aware_datetimes_are_hashed_by_value]
def test_frames_arrays_and_aware_datetimes_are_hashed_by_value(app):
    """hashing._CacheFuncHasher._to_bytes: pandas DataFrame and Series, numpy
    ndarray and datetime (isoformat, with its offset) have their own branches."""
    at = app(f"{PAGE}/natively_hashed.py").run()
    assert at.session_state.calls == 5  # same clock time, other offset: a miss
    at.run()  # new objects, same contents
    assert at.session_state.calls == 5
    assert importlib.util.find_spec("pytz") is None  # not brought by streamlit


# --8<-- [end:test_frames_arrays_and_aware_datetimes_are_hashed_by_value]


# --8<-- [start:test_st_cache_is_gone]
@pytest.mark.changed_since_2024
def test_st_cache_is_gone(app, raised):
    """streamlit/__init__.py defines no `cache`."""
    at = app(f"{PAGE}/legacy_st_cache.py").run()
    assert raised(at) == [AttributeError]
    assert not hasattr(st, "cache")


# --8<-- [end:test_st_cache_is_gone]


# --8<-- [start:test_experimental_cache_names_are_gone]
@pytest.mark.parametrize("old_name", ["experimental_memo", "experimental_singleton"])
def test_experimental_cache_names_are_gone(app, raised, old_name):
    """streamlit/__init__.py defines neither name any more."""
    at = app(f"{PAGE}/legacy_experimental_names.py").run()
    at.radio[0].set_value(old_name).run()
    assert raised(at) == [AttributeError]
    assert not at.markdown


# --8<-- [end:test_experimental_cache_names_are_gone]


# --8<-- [start:test_old_arguments_are_rejected]
@pytest.mark.parametrize("new_decorator", ["cache_data", "cache_resource"])
@pytest.mark.parametrize(
    "old_argument",
    ["allow_output_mutation", "suppress_st_warning", "experimental_allow_widgets"],
)
@pytest.mark.changed_since_2024
def test_old_arguments_are_rejected(app, raised, new_decorator, old_argument):
    """CacheDataAPI.__call__ / CacheResourceAPI.__call__ take none of them."""
    at = app(f"{PAGE}/legacy_arguments.py").run()
    at.radio[0].set_value(new_decorator)
    at.radio[1].set_value(old_argument).run()
    assert raised(at) == [TypeError]


# --8<-- [end:test_old_arguments_are_rejected]
