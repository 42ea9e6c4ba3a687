"""Claims of docs/architecture/session-state.md."""

import datetime
from urllib.parse import urlsplit

import pytest
from conftest import REPO, SNIPPETS
from playwright.sync_api import expect
from streamlit import config
from streamlit.errors import (
    StreamlitAPIException,
    StreamlitValueAssignmentNotAllowedError,
    StreamlitWidgetAlreadyInstantiatedError,
    UnserializableSessionStateError,
)

PAGE = "architecture/session-state"

# Generous, for a loaded machine; Playwright returns as soon as the text shows.
UI_TIMEOUT = 20_000


# --8<-- [start:test_both_notations_initialize_and_read_the_same_entries]
def test_both_notations_initialize_and_read_the_same_entries(app):
    at = app(f"{PAGE}/initialize_both_notations.py").run()

    # Written with one notation, read back with the other.
    assert at.markdown.values[0] == "hello / en"
    assert at.session_state["greeting"] == "hello"
    assert at.session_state["language"] == "en"


# --8<-- [end:test_both_notations_initialize_and_read_the_same_entries]


# --8<-- [start:test_initialization_runs_only_on_the_first_run]
def test_initialization_runs_only_on_the_first_run(app):
    at = app(f"{PAGE}/initialize_both_notations.py").run()
    assert at.markdown.values[1] == "Runs in this session: 1"

    # setdefault does not reset "visits" to 0, so the count keeps growing.
    at.button[0].click().run()
    at.button[0].click().run()
    assert at.markdown.values[1] == "Runs in this session: 3"


# --8<-- [end:test_initialization_runs_only_on_the_first_run]


# --8<-- [start:test_both_notations_update_the_same_entry]
def test_both_notations_update_the_same_entry(app):
    at = app(f"{PAGE}/read_and_update.py").run()
    assert at.markdown.values == ["Mood: calm"]

    at.button[0].click().run()  # attribute notation
    assert at.markdown.values == ["Mood: cheerful"]

    at.run()  # a rerun without a click keeps the value
    assert at.markdown.values == ["Mood: cheerful"]

    at.button[1].click().run()  # dict notation
    assert at.markdown.values == ["Mood: calm"]


# --8<-- [end:test_both_notations_update_the_same_entry]


# --8<-- [start:test_reading_a_missing_key_raises_keyerror]
def test_reading_a_missing_key_raises_keyerror(app, raised):
    at = app(f"{PAGE}/missing_key_bracket.py").run()

    assert raised(at) == [KeyError]
    assert 'has no key "nickname"' in at.exception[0].message


# --8<-- [end:test_reading_a_missing_key_raises_keyerror]


# --8<-- [start:test_reading_a_missing_attribute_raises_attributeerror]
def test_reading_a_missing_attribute_raises_attributeerror(app, raised):
    at = app(f"{PAGE}/missing_key_attribute.py").run()

    assert raised(at) == [AttributeError]
    assert 'has no attribute "nickname"' in at.exception[0].message


# --8<-- [end:test_reading_a_missing_attribute_raises_attributeerror]


# --8<-- [start:test_plain_variable_never_gets_past_one]
def test_plain_variable_never_gets_past_one(app):
    at = app(f"{PAGE}/counter_without_state.py").run()
    assert at.markdown.values == ["Clicks: 0"]

    at.button[0].click().run()
    at.button[0].click().run()
    assert at.markdown.values == ["Clicks: 1"]

    at.run()  # any rerun without a click starts over from 0
    assert at.markdown.values == ["Clicks: 0"]


# --8<-- [end:test_plain_variable_never_gets_past_one]


# --8<-- [start:test_session_state_counter_keeps_counting]
def test_session_state_counter_keeps_counting(app):
    at = app(f"{PAGE}/counter_with_state.py").run()
    for _ in range(3):
        at.button[0].click().run()
    assert at.markdown.values == ["Clicks: 3"]

    at.run()  # a rerun without a click keeps the count
    assert at.markdown.values == ["Clicks: 3"]


# --8<-- [end:test_session_state_counter_keeps_counting]


# --8<-- [start:test_callback_runs_before_the_script]
def test_callback_runs_before_the_script(app):
    at = app(f"{PAGE}/counter_with_callback.py").run()
    assert at.markdown.values == ["Clicks: 0"]

    # The text above the button already shows the click it reports.
    at.button[0].click().run()
    assert at.markdown.values == ["Clicks: 1"]
    at.button[0].click().run()
    assert at.markdown.values == ["Clicks: 2"]


# --8<-- [end:test_callback_runs_before_the_script]


# --8<-- [start:test_args_are_passed_to_the_callback]
def test_args_are_passed_to_the_callback(app):
    at = app(f"{PAGE}/counter_with_args.py").run()
    at.number_input[0].set_value(3).run()

    at.button[0].click().run()
    at.button[0].click().run()
    assert at.markdown.values == ["Total: 6"]


# --8<-- [end:test_args_are_passed_to_the_callback]


# --8<-- [start:test_args_hold_the_value_from_the_run_that_drew_the_button]
def test_args_hold_the_value_from_the_run_that_drew_the_button(app):
    at = app(f"{PAGE}/counter_with_args.py").run()
    at.number_input[0].set_value(3).run()  # the button is drawn with args=(3,)

    # The new step and the click arrive together: the callback still gets 3.
    at.number_input[0].set_value(10)
    at.button[0].click().run()
    assert at.markdown.values == ["Total: 3"]

    at.button[0].click().run()  # drawn with args=(10,) on the last run
    assert at.markdown.values == ["Total: 13"]


# --8<-- [end:test_args_hold_the_value_from_the_run_that_drew_the_button]


# --8<-- [start:test_kwargs_are_passed_to_the_callback]
def test_kwargs_are_passed_to_the_callback(app):
    at = app(f"{PAGE}/counter_with_kwargs.py").run()

    at.button[0].click().run()  # +5
    at.button[0].click().run()  # +5
    at.button[1].click().run()  # -1
    assert at.markdown.values == ["Score: 9"]


# --8<-- [end:test_kwargs_are_passed_to_the_callback]


# --8<-- [start:test_form_callback_reads_the_submitted_values]
def test_form_callback_reads_the_submitted_values(app):
    at = app(f"{PAGE}/counter_form_callback.py").run()
    assert at.markdown.values == ["In stock: 0", "Last delivery: None"]

    at.number_input(key="delivered").set_value(4)
    at.time_input(key="delivery_time").set_value(datetime.time(14, 30))
    at.form_submit_button[0].click().run()
    assert at.markdown.values == ["In stock: 4", "Last delivery: 14:30:00"]

    at.form_submit_button[0].click().run()  # each submit runs the callback again
    assert at.markdown.values == ["In stock: 8", "Last delivery: 14:30:00"]


# --8<-- [end:test_form_callback_reads_the_submitted_values]


# --8<-- [start:test_widget_value_is_readable_through_its_key]
def test_widget_value_is_readable_through_its_key(app):
    at = app(f"{PAGE}/widget_value_via_key.py").run()
    assert at.session_state["volume"] == 30
    assert at.markdown.values == ["Volume is 30"]

    at.slider(key="volume").set_value(75).run()
    assert at.session_state["volume"] == 75
    assert at.markdown.values == ["Volume is 75"]


# --8<-- [end:test_widget_value_is_readable_through_its_key]


# --8<-- [start:test_session_state_sets_a_widget_value_before_it_is_drawn]
def test_session_state_sets_a_widget_value_before_it_is_drawn(app):
    at = app(f"{PAGE}/widget_value_set_before_render.py").run()
    assert at.slider(key="fahrenheit").value == 68  # not the minimum, 0

    at.button[0].click().run()  # the callback assigns 32 before the rerun
    assert at.slider(key="fahrenheit").value == 32


# --8<-- [end:test_session_state_sets_a_widget_value_before_it_is_drawn]


# --8<-- [start:test_setting_a_widget_value_after_it_is_drawn_raises]
def test_setting_a_widget_value_after_it_is_drawn_raises(app, raised):
    at = app(f"{PAGE}/widget_value_set_after_render.py").run()

    assert raised(at) == [StreamlitWidgetAlreadyInstantiatedError]
    assert "cannot be modified after the widget" in at.exception[0].message


# --8<-- [end:test_setting_a_widget_value_after_it_is_drawn_raises]


# --8<-- [start:test_button_value_cannot_be_set]
def test_button_value_cannot_be_set(app, raised):
    at = app(f"{PAGE}/button_value_cannot_be_set.py").run()

    assert raised(at) == [StreamlitValueAssignmentNotAllowedError]
    assert at.exception[0].message.startswith(
        "`st.session_state['confirm']` is read-only and cannot be assigned through "
        "session state."
    )
    # Still a StreamlitAPIException, the type the 2024 docs name.
    assert issubclass(StreamlitValueAssignmentNotAllowedError, StreamlitAPIException)


# --8<-- [end:test_button_value_cannot_be_set]


# --8<-- [start:test_file_uploader_value_cannot_be_set]
def test_file_uploader_value_cannot_be_set(app, raised):
    at = app(f"{PAGE}/file_uploader_value_cannot_be_set.py").run()

    assert raised(at) == [StreamlitValueAssignmentNotAllowedError]
    assert "`st.session_state['report']` is read-only" in at.exception[0].message


# --8<-- [end:test_file_uploader_value_cannot_be_set]


# --8<-- [start:test_button_outcome_kept_in_a_separate_key]
def test_button_outcome_kept_in_a_separate_key(app):
    at = app(f"{PAGE}/button_state_in_separate_key.py").run()
    assert at.markdown.values == ["Button value: False", "Confirmed: False"]

    at.button[0].click().run()
    assert at.markdown.values == ["Button value: True", "Confirmed: True"]

    at.run()  # the button is False again; our own key remembers the click
    assert at.markdown.values == ["Button value: False", "Confirmed: True"]


# --8<-- [end:test_button_outcome_kept_in_a_separate_key]


# --8<-- [start:test_unserializable_values_are_allowed_by_default]
def test_unserializable_values_are_allowed_by_default(app):
    assert config.get_option("runner.enforceSerializableSessionState") is False

    at = app(f"{PAGE}/unserializable_value.py").run()
    assert not at.exception
    assert at.markdown.values == ["3.00 EUR"]


# --8<-- [end:test_unserializable_values_are_allowed_by_default]


# --8<-- [start:test_enforced_serialization_rejects_a_lambda]
def test_enforced_serialization_rejects_a_lambda(app, raised, set_config):
    set_config("runner.enforceSerializableSessionState", True)
    at = app(f"{PAGE}/unserializable_value.py").run()

    assert raised(at) == [UnserializableSessionStateError]
    assert issubclass(UnserializableSessionStateError, StreamlitAPIException)
    message = at.exception[0].message
    assert message.startswith(
        "Cannot serialize the value (of type `<class 'function'>`) of 'formatter' "
        "in st.session_state."
    )
    assert "Please convert the value to a pickle-serializable type." in message


# --8<-- [end:test_enforced_serialization_rejects_a_lambda]


# --8<-- [start:test_serialization_is_checked_when_the_run_ends]
def test_serialization_is_checked_when_the_run_ends(app, raised, set_config):
    set_config("runner.enforceSerializableSessionState", True)
    at = app(f"{PAGE}/unserializable_value.py").run()

    # The line after the assignment ran; the error came after it.
    assert at.markdown.values == ["3.00 EUR"]
    assert raised(at) == [UnserializableSessionStateError]

    # The lambda stays in session state, so every later run fails as well.
    assert callable(at.session_state["formatter"])
    at.run()
    assert raised(at) == [UnserializableSessionStateError]


# --8<-- [end:test_serialization_is_checked_when_the_run_ends]


# --8<-- [start:test_flag_or_project_config_turns_on_the_check]
@pytest.mark.browser
@pytest.mark.parametrize("how", ["flag", "project config"])
def test_flag_or_project_config_turns_on_the_check(serve, page, how):
    if how == "flag":
        flags = ["--runner.enforceSerializableSessionState=true"]
        cwd = REPO  # no .streamlit/config.toml there
    else:
        flags = []
        cwd = SNIPPETS / PAGE / "strict_project"
    url = serve(f"{PAGE}/unserializable_value.py", *flags, cwd=cwd)
    page.goto(url)

    expect(page.get_by_text("3.00 EUR")).to_be_visible(timeout=UI_TIMEOUT)
    error = page.get_by_text("Cannot serialize the value (of type")
    expect(error).to_be_visible(timeout=UI_TIMEOUT)


# --8<-- [end:test_flag_or_project_config_turns_on_the_check]


# --8<-- [start:test_pages_of_a_multipage_app_share_session_state]
def test_pages_of_a_multipage_app_share_session_state(app):
    at = app(f"{PAGE}/multipage_app.py").run()
    at.button[0].click().run()  # on the first page: store "Ada"

    at.switch_page("multipage_greet.py").run()
    assert at.markdown.values == ["Hello, Ada!"]


# --8<-- [end:test_pages_of_a_multipage_app_share_session_state]


# --8<-- [start:test_a_new_session_starts_empty]
def test_a_new_session_starts_empty(app):
    first = app(f"{PAGE}/counter_with_state.py").run()
    first.button[0].click().run()
    first.button[0].click().run()
    assert first.session_state["clicks"] == 2

    second = app(f"{PAGE}/counter_with_state.py").run()
    assert second.session_state["clicks"] == 0
    assert first.session_state["clicks"] == 2


# --8<-- [end:test_a_new_session_starts_empty]


# --8<-- [start:test_each_browser_tab_has_its_own_session_state]
@pytest.mark.browser
def test_each_browser_tab_has_its_own_session_state(serve, page):
    url = serve(f"{PAGE}/counter_with_state.py")
    page.goto(url)
    page.get_by_role("button", name="Add one").click()
    expect(page.get_by_text("Clicks: 1")).to_be_visible(timeout=UI_TIMEOUT)

    # A second tab of the same browser, on the same server.
    other = page.context.new_page()
    other.goto(url)
    expect(other.get_by_text("Clicks: 0")).to_be_visible(timeout=UI_TIMEOUT)
    other.get_by_role("button", name="Add one").click()
    expect(other.get_by_text("Clicks: 1")).to_be_visible(timeout=UI_TIMEOUT)

    page.get_by_role("button", name="Add one").click()
    expect(page.get_by_text("Clicks: 2")).to_be_visible(timeout=UI_TIMEOUT)


# --8<-- [end:test_each_browser_tab_has_its_own_session_state]


# --8<-- [start:test_reloading_the_tab_starts_a_new_empty_session]
@pytest.mark.browser
def test_reloading_the_tab_starts_a_new_empty_session(serve, page):
    page.goto(serve(f"{PAGE}/counter_with_state.py"))
    page.get_by_role("button", name="Add one").click()
    expect(page.get_by_text("Clicks: 1")).to_be_visible(timeout=UI_TIMEOUT)

    page.reload()
    expect(page.get_by_text("Clicks: 0")).to_be_visible(timeout=UI_TIMEOUT)


# --8<-- [end:test_reloading_the_tab_starts_a_new_empty_session]


# --8<-- [start:test_a_dropped_connection_resumes_the_same_session]
@pytest.mark.browser
def test_a_dropped_connection_resumes_the_same_session(serve, page):
    sockets = []

    def pass_through(ws):
        sockets.append(ws)
        ws.connect_to_server()

    page.route_web_socket("**/_stcore/stream", pass_through)
    page.goto(serve(f"{PAGE}/counter_with_state.py"))
    button = page.get_by_role("button", name="Add one")
    button.click()
    button.click()
    expect(page.get_by_text("Clicks: 2")).to_be_visible(timeout=UI_TIMEOUT)

    # Cut the tab's connection; the tab opens a new one by itself.
    with page.expect_websocket(timeout=UI_TIMEOUT):
        sockets[0].close()
    button.click(timeout=UI_TIMEOUT)

    # 3, not 1: the new connection found the old session and its state.
    expect(page.get_by_text("Clicks: 3")).to_be_visible(timeout=UI_TIMEOUT)
    assert len(sockets) == 2


# --8<-- [end:test_a_dropped_connection_resumes_the_same_session]


# --8<-- [start:test_a_server_restart_wipes_session_state]
@pytest.mark.browser
def test_a_server_restart_wipes_session_state(serve, page):
    app_path = f"{PAGE}/counter_with_state.py"
    url = serve(app_path)
    page.goto(url)
    button = page.get_by_role("button", name="Add one")
    button.click()
    button.click()
    expect(page.get_by_text("Clicks: 2")).to_be_visible(timeout=UI_TIMEOUT)

    serve.stop(url)  # the server process ends...
    serve(app_path, f"--server.port={urlsplit(url).port}")  # ...and starts again

    # The tab reconnects by itself; its next click lands in a brand-new session.
    button.click(timeout=UI_TIMEOUT)
    expect(page.get_by_text("Clicks: 1")).to_be_visible(timeout=UI_TIMEOUT)


# --8<-- [end:test_a_server_restart_wipes_session_state]


# --8<-- [start:test_disconnected_sessions_are_kept_for_120_seconds_by_default]
def test_disconnected_sessions_are_kept_for_120_seconds_by_default():
    assert config.get_option("server.disconnectedSessionTTL") == 120


# --8<-- [end:test_disconnected_sessions_are_kept_for_120_seconds_by_default]
