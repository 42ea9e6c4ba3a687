"""Claims of docs/architecture/session-state.md."""

import ast
import inspect
from functools import partial
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urlsplit

import pytest
import streamlit
import streamlit as st
from conftest import BROWSER_WAIT_MS, REPO, SNIPPETS
from playwright.sync_api import expect
from streamlit import config
from streamlit.errors import (
    StreamlitAPIException,
    StreamlitValueAssignmentNotAllowedError,
    StreamlitWidgetAlreadyInstantiatedError,
    UnserializableSessionStateError,
)
from streamlit.runtime import memory_session_storage
from streamlit.runtime.caching.ttl_cache import TTLCache
from streamlit.runtime.memory_session_storage import MemorySessionStorage
from streamlit.runtime.session_manager import SessionInfo
from streamlit.web.server import server
from streamlit.web.server.starlette import starlette_app

PAGE = "architecture/session-state"


# --8<-- [start:test_both_notations_initialize_and_read_the_same_entries]
def test_both_notations_initialize_and_read_the_same_entries(app):
    """SessionStateProxy.__getattr__/__setattr__ forward to __getitem__/__setitem__."""
    at = app(f"{PAGE}/initialize_both_notations.py").run()

    # Written with one notation, read back with the other.
    assert at.markdown.values[0] == "hello / en"
    assert at.session_state["greeting"] == "hello"
    assert at.session_state["language"] == "en"

    # New values under the same keys: each read shows its entry's new value.
    at.session_state["greeting"] = "hey"
    at.session_state["language"] = "fr"
    at.run()
    assert at.markdown.values[0] == "hey / fr"


# --8<-- [end:test_both_notations_initialize_and_read_the_same_entries]


# --8<-- [start:test_initialization_runs_only_on_the_first_run]
def test_initialization_runs_only_on_the_first_run(app):
    """SessionStateProxy is a MutableMapping: setdefault assigns only a missing key."""
    at = app(f"{PAGE}/initialize_both_notations.py").run()
    assert at.markdown.values[1] == "Runs in this session: 1"

    # The guard does not assign "hello" again over a value set in between.
    at.session_state["greeting"] = "hi"
    at.run()
    assert at.markdown.values[0] == "hi / en"

    # setdefault does not reset "visits" to 0, so the count keeps growing.
    at.button[0].click().run()
    assert at.markdown.values[1] == "Runs in this session: 3"


# --8<-- [end:test_initialization_runs_only_on_the_first_run]


# --8<-- [start:test_attribute_notation_finds_a_method_before_a_key_of_that_name]
def test_attribute_notation_finds_a_method_before_a_key_of_that_name(app):
    """SessionStateProxy.__getattr__ runs only when no attribute has that name."""
    at = app(f"{PAGE}/key_named_like_a_method.py").run()

    assert at.session_state["items"] == 3
    assert at.markdown.values == ["Brackets: 3", "Attribute: method"]


# --8<-- [end:test_attribute_notation_finds_a_method_before_a_key_of_that_name]


# --8<-- [start:test_both_notations_update_the_same_entry]
def test_both_notations_update_the_same_entry(app):
    """SessionState.__setitem__ stores both; _compact_state keeps them for later."""
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
    """SessionState.__getitem__ raises KeyError for a key nothing assigned."""
    at = app(f"{PAGE}/missing_key_bracket.py").run()

    assert raised(at) == [KeyError]
    assert not at.markdown  # the error stopped the line that reads the key


# --8<-- [end:test_reading_a_missing_key_raises_keyerror]


# --8<-- [start:test_reading_a_missing_attribute_raises_attributeerror]
def test_reading_a_missing_attribute_raises_attributeerror(app, raised):
    """SessionStateProxy.__getattr__ turns the KeyError into an AttributeError."""
    at = app(f"{PAGE}/missing_key_attribute.py").run()

    assert raised(at) == [AttributeError]
    assert not at.markdown


# --8<-- [end:test_reading_a_missing_attribute_raises_attributeerror]


# --8<-- [start:test_plain_variable_never_gets_past_one]
def test_plain_variable_never_gets_past_one(app):
    """ScriptRunner._run_script executes the script afresh: its globals are new."""
    at = app(f"{PAGE}/counter_without_state.py").run()
    assert at.markdown.values == ["Clicks: 0"]

    at.button[0].click().run()
    at.button[0].click().run()
    assert at.markdown.values == ["Clicks: 1"]

    at.run()  # a rerun without a click starts over from 0
    assert at.markdown.values == ["Clicks: 0"]


# --8<-- [end:test_plain_variable_never_gets_past_one]


# --8<-- [start:test_session_state_counter_keeps_counting]
def test_session_state_counter_keeps_counting(app):
    """SessionState._compact_state keeps every entry for the next run."""
    at = app(f"{PAGE}/counter_with_state.py").run()
    for _ in range(3):
        at.button[0].click().run()
    assert at.markdown.values == ["Clicks: 3"]

    at.run()  # a rerun without a click keeps the count
    assert at.markdown.values == ["Clicks: 3"]


# --8<-- [end:test_session_state_counter_keeps_counting]


# --8<-- [start:test_callback_runs_before_the_script]
def test_callback_runs_before_the_script(app):
    """SessionState.on_script_will_rerun calls _call_callbacks before the script."""
    at = app(f"{PAGE}/counter_with_callback.py").run()
    assert at.markdown.values == ["Clicks: 0"]

    # The text above the button already shows the click it reports.
    at.button[0].click().run()
    assert at.markdown.values == ["Clicks: 1"]
    at.button[0].click().run()
    assert at.markdown.values == ["Clicks: 2"]


# --8<-- [end:test_callback_runs_before_the_script]


# --8<-- [start:test_button_and_selectbox_take_their_callbacks]
def test_button_and_selectbox_take_their_callbacks():
    """The parameter names of the two commands' signatures."""
    assert "on_click" in inspect.signature(st.button).parameters
    assert "on_change" in inspect.signature(st.selectbox).parameters


# --8<-- [end:test_button_and_selectbox_take_their_callbacks]


# --8<-- [start:test_args_are_passed_to_the_callback]
def test_args_are_passed_to_the_callback(app):
    """WStates.call_callback calls callback(*callback_args, **callback_kwargs)."""
    at = app(f"{PAGE}/basket_with_args.py").run()
    assert at.markdown.values == ["Basket: empty"]
    at.selectbox[0].select("pear").run()

    at.button[0].click().run()
    at.button[0].click().run()
    assert at.markdown.values == ["Basket: pear, pear"]


# --8<-- [end:test_args_are_passed_to_the_callback]


# --8<-- [start:test_args_hold_the_value_from_the_run_that_drew_the_button]
def test_args_hold_the_value_from_the_run_that_drew_the_button(app):
    """The args are in the WidgetMetadata that register_widget stored on the draw."""
    at = app(f"{PAGE}/basket_with_args.py").run()
    at.selectbox[0].select("pear").run()  # the button is drawn with args=("pear",)

    # The new choice and the click arrive together: the callback still gets "pear".
    at.selectbox[0].select("plum")
    at.button[0].click().run()
    assert at.markdown.values == ["Basket: pear"]

    at.button[0].click().run()  # drawn with args=("plum",) on the last run
    assert at.markdown.values == ["Basket: pear, plum"]


# --8<-- [end:test_args_hold_the_value_from_the_run_that_drew_the_button]


# --8<-- [start:test_kwargs_are_passed_to_the_callback]
def test_kwargs_are_passed_to_the_callback(app):
    """WStates.call_callback calls callback(*callback_args, **callback_kwargs)."""
    at = app(f"{PAGE}/cart_with_kwargs.py").run()

    at.button[0].click().run()  # item="eggs", qty=12
    at.button[0].click().run()
    at.button[1].click().run()  # item="bread", qty=2
    assert at.session_state["cart"] == {"eggs": 24, "bread": 2}
    assert at.markdown.values == ["Cart: {'eggs': 24, 'bread': 2}"]


# --8<-- [end:test_kwargs_are_passed_to_the_callback]


# --8<-- [start:test_form_callback_reads_and_checks_the_submitted_values]
def test_form_callback_reads_and_checks_the_submitted_values(app):
    """on_script_will_rerun stores the form's values, then calls the callbacks."""
    at = app(f"{PAGE}/form_callback_checks_the_order.py").run()
    assert at.markdown.values == ["Orders: none"]

    at.form_submit_button[0].click().run()  # 0 scoops: refused
    assert at.error.values == ["Order refused: pick at least one scoop."]
    assert at.markdown.values == ["Orders: none"]

    at.selectbox(key="flavour").select("pistachio")
    at.number_input(key="scoops").set_value(2)
    at.form_submit_button[0].click().run()
    assert not at.error
    assert at.markdown.values == ["Orders: 2 x pistachio"]

    at.form_submit_button[0].click().run()  # each submit runs the callback again
    assert at.markdown.values == ["Orders: 2 x pistachio, 2 x pistachio"]


# --8<-- [end:test_form_callback_reads_and_checks_the_submitted_values]


# --8<-- [start:test_widget_value_is_readable_through_its_key]
def test_widget_value_is_readable_through_its_key(app):
    """SessionState.register_widget maps the key to the widget's id and value."""
    at = app(f"{PAGE}/widget_value_via_key.py").run()
    assert at.session_state["volume"] == 30
    assert at.markdown.values == ["Volume is 30"]

    at.slider(key="volume").set_value(75).run()
    assert at.session_state["volume"] == 75
    assert at.markdown.values == ["Volume is 75"]


# --8<-- [end:test_widget_value_is_readable_through_its_key]


# --8<-- [start:test_data_editor_keeps_its_edits_under_its_key]
def test_data_editor_keeps_its_edits_under_its_key(app):
    """data_editor registers a DataEditorSerde: its state is the edits (JSON), and
    only the command's return value applies them to the data."""
    at = app(f"{PAGE}/data_editor_key_holds_the_edits.py").run()

    assert at.markdown.values == [
        "Returned: dict with the columns ['item', 'qty']",
        "Under the key: ['added_rows', 'deleted_rows', 'edited_rows']",
    ]
    assert at.session_state["shopping"] == {
        "edited_rows": {},
        "added_rows": [],
        "deleted_rows": [],
    }


# --8<-- [end:test_data_editor_keeps_its_edits_under_its_key]


# --8<-- [start:test_widget_key_is_missing_above_the_widget_on_the_first_run]
def test_widget_key_is_missing_above_the_widget_on_the_first_run(app, raised):
    """SessionState.__getitem__ finds nothing until register_widget stores a value."""
    at = app(f"{PAGE}/widget_key_read_above_widget.py").run()
    assert raised(at) == [KeyError]

    # The error stops the script before the slider, so it never gets drawn.
    assert not at.slider
    at.run()
    assert raised(at) == [KeyError]
    assert not at.slider

    # Once something assigns the key first, the read above the widget works.
    at.session_state["brightness"] = 7
    at.run()
    assert not at.exception
    assert at.markdown.values == ["Brightness is 7"]
    assert at.slider(key="brightness").value == 7


# --8<-- [end:test_widget_key_is_missing_above_the_widget_on_the_first_run]


# --8<-- [start:test_session_state_sets_a_widget_value_before_it_is_drawn]
def test_session_state_sets_a_widget_value_before_it_is_drawn(app):
    """SessionState._getitem prefers a value assigned this run to the widget's own."""
    at = app(f"{PAGE}/widget_value_set_before_render.py").run()
    assert at.selectbox(key="meeting_day").value == "Wednesday"  # not "Monday"

    at.button[0].click().run()  # the callback assigns "Friday" before the rerun
    assert at.selectbox(key="meeting_day").value == "Friday"


# --8<-- [end:test_session_state_sets_a_widget_value_before_it_is_drawn]


# --8<-- [start:test_setting_a_widget_value_after_it_is_drawn_raises]
def test_setting_a_widget_value_after_it_is_drawn_raises(app, raised):
    """SessionState.__setitem__ checks the key against widget_ids_this_run."""
    at = app(f"{PAGE}/widget_value_set_after_render.py").run()

    assert raised(at) == [StreamlitWidgetAlreadyInstantiatedError]
    assert at.text_input(key="city").value == ""  # the widget kept its own value


# --8<-- [end:test_setting_a_widget_value_after_it_is_drawn_raises]


# --8<-- [start:test_button_value_cannot_be_set_in_the_run_that_draws_it]
@pytest.mark.changed_since_2024
def test_button_value_cannot_be_set_in_the_run_that_draws_it(app, raised):
    """policies.check_session_state_rules raises if SessionState.is_new_state_value."""
    at = app(f"{PAGE}/button_value_cannot_be_set.py").run()

    assert raised(at) == [StreamlitValueAssignmentNotAllowedError]
    assert not at.button  # the error came before the button was drawn
    # Still a StreamlitAPIException, the type the 2024 docs name.
    assert issubclass(StreamlitValueAssignmentNotAllowedError, StreamlitAPIException)


# --8<-- [end:test_button_value_cannot_be_set_in_the_run_that_draws_it]


# --8<-- [start:test_file_uploader_value_cannot_be_set_in_the_run_that_draws_it]
def test_file_uploader_value_cannot_be_set_in_the_run_that_draws_it(app, raised):
    """policies.check_session_state_rules, called with writes_allowed=False."""
    at = app(f"{PAGE}/file_uploader_value_cannot_be_set.py").run()

    assert raised(at) == [StreamlitValueAssignmentNotAllowedError]


# --8<-- [end:test_file_uploader_value_cannot_be_set_in_the_run_that_draws_it]


# --8<-- [start:test_a_callback_assignment_counts_for_the_run_it_starts]
def test_a_callback_assignment_counts_for_the_run_it_starts(app, raised):
    """on_script_will_rerun compacts the old state, then runs the callbacks, so a
    callback's assignment is in _new_session_state when the button is drawn."""
    at = app(f"{PAGE}/button_key_set_in_a_callback.py").run()
    at.button(key="delete_all").click().run()  # no assignment: no error
    assert not at.exception

    at.button[0].click().run()  # "Start over": its callback assigns the key
    assert raised(at) == [StreamlitValueAssignmentNotAllowedError]


# --8<-- [end:test_a_callback_assignment_counts_for_the_run_it_starts]


# --8<-- [start:test_these_read_only_commands_raise_on_a_same_run_assignment]
def read_only_commands():
    """The keys of READ_ONLY in the snippet, so that each one is tested."""
    tree = ast.parse((SNIPPETS / PAGE / "read_only_widgets.py").read_text())
    table = next(
        n
        for n in tree.body
        if isinstance(n, ast.Assign) and n.targets[0].id == "READ_ONLY"
    )
    return [key.value for key in table.value.keys]


@pytest.mark.parametrize("command", read_only_commands())
def test_these_read_only_commands_raise_on_a_same_run_assignment(app, raised, command):
    """Each calls policies.check_session_state_rules with writes_allowed=False."""
    at = app(f"{PAGE}/read_only_widgets.py")
    at.query_params["command"] = command
    at.run()

    assert raised(at) == [StreamlitValueAssignmentNotAllowedError]


# --8<-- [end:test_these_read_only_commands_raise_on_a_same_run_assignment]


# --8<-- [start:test_no_other_command_has_the_read_only_check]
# Each function of the streamlit package that runs the check with writes_allowed=False,
# and the commands of READ_ONLY (in the snippet) that call it.
READ_ONLY_CHECK_IN = {
    "_button": {"button", "form_submit_button"},
    "_download_button": {"download_button"},
    "_link_button": {"link_button"},
    "_menu_button": {"menu_button"},
    "form": {"form"},
    "_file_uploader": {"file_uploader"},
    "_camera_input": {"camera_input"},
    "_audio_input": {"audio_input"},
    "data_editor": {"data_editor"},
    "register_button_column_widgets": {"ButtonColumn"},
    "_vega_lite_chart": {"altair_chart", "vega_lite_chart"},
    "pydeck_chart": {"pydeck_chart"},
    "echarts_chart": {"echarts_chart"},
    "plotly_chart": set(),  # needs plotly, which `pip install streamlit` lacks
}


def test_no_other_command_has_the_read_only_check():
    """Reads every call with a writes_allowed argument in the streamlit package:
    check_session_state_rules raises only where writes_allowed=False is passed
    (policies.check_widget_policies just hands its own argument on)."""
    package = Path(streamlit.__file__).parent
    checked, passed_on = set(), set()
    for path in package.rglob("*.py"):
        for function in ast.walk(ast.parse(path.read_text())):
            if not isinstance(function, ast.FunctionDef):
                continue
            for node in ast.walk(function):
                for kw in getattr(node, "keywords", []):
                    if kw.arg != "writes_allowed":
                        continue
                    if not isinstance(kw.value, ast.Constant):
                        passed_on.add(function.name)
                    elif kw.value.value is False:
                        checked.add(function.name)

    assert passed_on == {"check_widget_policies"}
    assert checked == set(READ_ONLY_CHECK_IN)
    assert set().union(*READ_ONLY_CHECK_IN.values()) == set(read_only_commands())


# --8<-- [end:test_no_other_command_has_the_read_only_check]


# --8<-- [start:test_button_value_set_in_an_earlier_run_is_not_checked]
@pytest.mark.correction_2024
def test_button_value_set_in_an_earlier_run_is_not_checked(app):
    """_compact_state empties _new_session_state at the start of each run, and
    SessionState._getitem falls back to the old value under the user key."""
    at = app(f"{PAGE}/button_value_set_in_an_earlier_run.py").run()
    assert not at.button  # run 1 assigns True; no button yet

    at.checkbox[0].check().run()  # run 2 draws the button: no error...
    assert not at.exception
    assert at.markdown.values == ["Published!"]  # ...and True without a click

    at.run()  # the next run that draws it: False
    assert at.markdown.values == []

    at.checkbox[0].uncheck().run()  # no button: the assigned True is back
    assert at.session_state["publish"] is True
    at.checkbox[0].check().run()
    assert at.markdown.values == ["Published!"]


# --8<-- [end:test_button_value_set_in_an_earlier_run_is_not_checked]


# --8<-- [start:test_file_uploader_returns_a_value_assigned_in_an_earlier_run]
@pytest.mark.correction_2024
def test_file_uploader_returns_a_value_assigned_in_an_earlier_run(app):
    """Same path as the button: SessionState._getitem, no check on a later run."""
    at = app(f"{PAGE}/file_uploader_value_set_in_an_earlier_run.py").run()
    assert not at.get("file_uploader")  # run 1 assigns the string; no uploader

    at.checkbox[0].check().run()  # the run that draws it: no error, the string
    assert not at.exception
    assert at.markdown.values == ["The uploader returned 'not a file'"]

    at.run()  # the next run: nothing uploaded
    assert at.markdown.values == ["The uploader returned None"]


# --8<-- [end:test_file_uploader_returns_a_value_assigned_in_an_earlier_run]


# --8<-- [start:test_button_outcome_kept_in_a_separate_key]
def test_button_outcome_kept_in_a_separate_key(app):
    """SessionState._reset_triggers sets a button's value back to False each run."""
    at = app(f"{PAGE}/button_state_in_separate_key.py").run()
    assert at.markdown.values == ["Lock button: False", "Door: open"]

    at.button[0].click().run()  # Lock
    assert at.markdown.values == ["Lock button: True", "Door: locked"]

    at.run()  # the button is False again; our own key remembers the click
    assert at.markdown.values == ["Lock button: False", "Door: locked"]

    at.button[1].click().run()  # Unlock assigns our key freely
    assert at.markdown.values == ["Lock button: False", "Door: open"]


# --8<-- [end:test_button_outcome_kept_in_a_separate_key]


# --8<-- [start:test_unserializable_values_are_allowed_by_default]
def test_unserializable_values_are_allowed_by_default(app):
    """SessionState.maybe_check_serializable does nothing while the option is off."""
    assert config.get_option("runner.enforceSerializableSessionState") is False

    at = app(f"{PAGE}/unserializable_value.py").run()
    at.button[0].click().run()  # stores the generator
    at.run()
    assert not at.exception
    assert inspect.isgenerator(at.session_state["tickets"])
    assert at.markdown.values == ["Next ticket: 101"]


# --8<-- [end:test_unserializable_values_are_allowed_by_default]


# --8<-- [start:test_enforced_serialization_rejects_a_generator]
def test_enforced_serialization_rejects_a_generator(app, raised, set_config):
    """SessionState._check_serializable pickles every value when the option is on."""
    set_config("runner.enforceSerializableSessionState", True)
    at = app(f"{PAGE}/unserializable_value.py").run()
    assert not at.exception  # nothing unpicklable stored yet

    at.button[0].click().run()
    assert raised(at) == [UnserializableSessionStateError]
    assert issubclass(UnserializableSessionStateError, StreamlitAPIException)


# --8<-- [end:test_enforced_serialization_rejects_a_generator]


# --8<-- [start:test_serialization_is_checked_when_the_run_ends]
def test_serialization_is_checked_when_the_run_ends(app, raised, set_config):
    """ScriptRunner._run_script calls maybe_check_serializable after the script."""
    set_config("runner.enforceSerializableSessionState", True)
    at = app(f"{PAGE}/unserializable_value.py").run()
    at.button[0].click().run()

    # The line after the assignment ran; the error came after it.
    assert at.markdown.values == ["Next ticket: 100"]
    assert raised(at) == [UnserializableSessionStateError]

    # The generator stays in session state, so a run without a click fails too.
    at.run()
    assert at.markdown.values == ["Next ticket: 101"]
    assert raised(at) == [UnserializableSessionStateError]

    # Replaced by a picklable value: the run passes.
    at.session_state["tickets"] = iter(range(500, 600))
    at.run()
    assert not at.exception
    assert at.markdown.values == ["Next ticket: 500"]

    # Deleted (the Close button pops the key): the run passes.
    at.button[0].click().run()
    assert raised(at) == [UnserializableSessionStateError]
    at.button[1].click().run()
    assert not at.exception
    assert "tickets" not in at.session_state


# --8<-- [end:test_serialization_is_checked_when_the_run_ends]


# --8<-- [start:test_flag_or_project_config_turns_on_the_check]
@pytest.mark.browser
@pytest.mark.parametrize("how", ["flag", "project config"])
def test_flag_or_project_config_turns_on_the_check(serve, page, how):
    """config.get_option reads the flag or ./.streamlit/config.toml of the cwd."""
    if how == "flag":
        flags = ["--runner.enforceSerializableSessionState=true"]
        cwd = REPO  # no .streamlit/config.toml there
    else:
        flags = []
        cwd = SNIPPETS / PAGE / "strict_project"
    url = serve(f"{PAGE}/unserializable_value.py", *flags, cwd=cwd)
    page.goto(url)

    page.get_by_role("button", name="Open the ticket desk").click()
    expect(page.get_by_text("Next ticket: 100")).to_be_visible(timeout=BROWSER_WAIT_MS)
    # The browser shows the error's type in front of its message.
    error = page.get_by_test_id("stExceptionMessage")
    expect(error).to_contain_text(
        "streamlit.errors.UnserializableSessionStateError", timeout=BROWSER_WAIT_MS
    )


# --8<-- [end:test_flag_or_project_config_turns_on_the_check]


# --8<-- [start:test_pages_of_a_multipage_app_share_session_state]
def test_pages_of_a_multipage_app_share_session_state(app):
    """Every page runs in the same AppSession, with its one SessionState."""
    at = app(f"{PAGE}/multipage_app.py").run()
    at.button[0].click().run()  # on the first page: store "Ada"

    at.switch_page("multipage_greet.py").run()
    assert at.markdown.values == ["Hello, Ada!"]


# --8<-- [end:test_pages_of_a_multipage_app_share_session_state]


# --8<-- [start:test_each_browser_tab_has_its_own_session_state]
@pytest.mark.browser
def test_each_browser_tab_has_its_own_session_state(serve, page):
    """WebsocketSessionManager.connect_session makes a new AppSession per tab."""
    url = serve(f"{PAGE}/counter_with_state.py")
    page.goto(url)
    page.get_by_role("button", name="Add one").click()
    expect(page.get_by_text("Clicks: 1")).to_be_visible(timeout=BROWSER_WAIT_MS)

    # A second tab of the same browser, on the same server.
    other = page.context.new_page()
    other.goto(url)
    expect(other.get_by_text("Clicks: 0")).to_be_visible(timeout=BROWSER_WAIT_MS)
    other.get_by_role("button", name="Add one").click()
    expect(other.get_by_text("Clicks: 1")).to_be_visible(timeout=BROWSER_WAIT_MS)

    page.get_by_role("button", name="Add one").click()
    expect(page.get_by_text("Clicks: 2")).to_be_visible(timeout=BROWSER_WAIT_MS)


# --8<-- [end:test_each_browser_tab_has_its_own_session_state]


# --8<-- [start:test_reloading_the_tab_starts_a_new_empty_session]
@pytest.mark.browser
def test_reloading_the_tab_starts_a_new_empty_session(serve, page):
    """WebsocketSessionManager.connect_session: a reloaded tab brings no session."""
    page.goto(serve(f"{PAGE}/counter_with_state.py"))
    page.get_by_role("button", name="Add one").click()
    expect(page.get_by_text("Clicks: 1")).to_be_visible(timeout=BROWSER_WAIT_MS)

    page.reload()
    expect(page.get_by_text("Clicks: 0")).to_be_visible(timeout=BROWSER_WAIT_MS)


# --8<-- [end:test_reloading_the_tab_starts_a_new_empty_session]


# --8<-- [start:test_a_dropped_connection_resumes_the_session_within_its_ttl]
@pytest.mark.browser
@pytest.mark.parametrize(
    ("flags", "after_reconnect"),
    [([], "Clicks: 3"), (["--server.disconnectedSessionTTL=0"], "Clicks: 1")],
    ids=["default TTL", "TTL 0"],
)
@pytest.mark.correction_2024
def test_a_dropped_connection_resumes_the_session_within_its_ttl(
    serve, page, flags, after_reconnect
):
    """disconnect_session saves the session in MemorySessionStorage; the new
    connection's _resume_stored_session finds it there until its TTL is up."""
    sockets = []

    def pass_through(ws):
        sockets.append(ws)
        ws.connect_to_server()

    page.route_web_socket("**/_stcore/stream", pass_through)
    page.goto(serve(f"{PAGE}/counter_with_state.py", *flags))
    button = page.get_by_role("button", name="Add one")
    button.click()
    button.click()
    expect(page.get_by_text("Clicks: 2")).to_be_visible(timeout=BROWSER_WAIT_MS)

    # Cut the tab's connection; the tab opens a new one by itself.
    with page.expect_websocket(timeout=BROWSER_WAIT_MS):
        sockets[0].close()
    button.click(timeout=BROWSER_WAIT_MS)

    # 3: the old session and its state; 1: a new session, its TTL being 0 s.
    expect(page.get_by_text(after_reconnect)).to_be_visible(timeout=BROWSER_WAIT_MS)
    assert len(sockets) == 2


# --8<-- [end:test_a_dropped_connection_resumes_the_session_within_its_ttl]


# --8<-- [start:test_a_disconnected_session_is_kept_ttl_seconds_at_most]
def stored(session_id):
    """What WebsocketSessionManager.disconnect_session saves for a session."""
    return SessionInfo(client=None, session=SimpleNamespace(id=session_id))


def test_a_disconnected_session_is_kept_ttl_seconds_at_most(monkeypatch):
    """MemorySessionStorage keeps sessions in a ttl_cache.TTLCache: an entry expires
    ttl_seconds after it was saved, and reading it does not extend that."""
    option = config.get_config_options()["server.disconnectedSessionTTL"]
    assert option.default_val == 120

    clock = SimpleNamespace(now=0.0)  # a stand-in for time.monotonic
    timed = partial(TTLCache, timer=lambda: clock.now)
    monkeypatch.setattr(memory_session_storage, "TTLCache", timed)
    storage = MemorySessionStorage(ttl_seconds=120)

    storage.save(stored("tab"))  # the tab disconnects at 0 s
    clock.now = 119.9
    assert storage.get("tab") is not None  # a reconnect now resumes it
    clock.now = 120.0
    assert storage.get("tab") is None  # 120 s after the disconnect: gone


# --8<-- [end:test_a_disconnected_session_is_kept_ttl_seconds_at_most]


# --8<-- [start:test_at_most_128_disconnected_sessions_are_kept]
def test_at_most_128_disconnected_sessions_are_kept():
    """Both servers build MemorySessionStorage(ttl_seconds=...) with the default
    maxsize=128; TTLCache.__setitem__ evicts the least recently used entry."""
    for module in (server, starlette_app):
        calls = [
            node
            for node in ast.walk(ast.parse(inspect.getsource(module)))
            if isinstance(node, ast.Call)
            and getattr(node.func, "id", None) == "MemorySessionStorage"
        ]
        assert [[k.arg for k in call.keywords] for call in calls] == [["ttl_seconds"]]
    maxsize = inspect.signature(MemorySessionStorage).parameters["maxsize"]
    assert maxsize.default == 128

    storage = MemorySessionStorage(ttl_seconds=3600)
    for n in range(128):
        storage.save(stored(f"tab {n}"))
    assert len(storage.list()) == 128

    assert storage.get("tab 0") is not None  # read: now the most recently used
    storage.save(stored("tab 128"))  # one more disconnects
    assert len(storage.list()) == 128
    assert storage.get("tab 1") is None  # dropped long before its TTL
    assert storage.get("tab 0") is not None


# --8<-- [end:test_at_most_128_disconnected_sessions_are_kept]


# --8<-- [start:test_a_server_restart_wipes_session_state]
@pytest.mark.browser
def test_a_server_restart_wipes_session_state(serve, page):
    """MemorySessionStorage and the active sessions live in the server's memory."""
    app_path = f"{PAGE}/counter_with_state.py"
    url = serve(app_path)
    page.goto(url)
    button = page.get_by_role("button", name="Add one")
    button.click()
    button.click()
    expect(page.get_by_text("Clicks: 2")).to_be_visible(timeout=BROWSER_WAIT_MS)

    serve.stop(url)  # the server process ends...
    serve(app_path, f"--server.port={urlsplit(url).port}")  # ...and starts again

    # The tab reconnects by itself; its next click lands in a brand-new session.
    button.click(timeout=BROWSER_WAIT_MS)
    expect(page.get_by_text("Clicks: 1")).to_be_visible(timeout=BROWSER_WAIT_MS)


# --8<-- [end:test_a_server_restart_wipes_session_state]
