"""Claims of docs/architecture/forms.md."""

import inspect
from pathlib import Path

import pytest
import streamlit as st
from conftest import BROWSER_WAIT_MS
from streamlit.errors import (
    StreamlitAPIException,
    StreamlitInvalidFormCallbackError,
    StreamlitInvalidLayoutContextError,
)

PAGE = "architecture/forms"
ST_SOURCE = Path(st.__file__).parent


def widget_commands():
    """(command, its callback parameter) for every widget command of Streamlit.

    A widget command is an `st.` command with a `key` and an `on_*` callback
    parameter; a button column is the one widget that lives in a column config.
    """
    for name in sorted(dir(st)):
        command = getattr(st, name)
        if name.startswith("_") or not callable(command) or inspect.isclass(command):
            continue
        try:
            params = inspect.signature(command).parameters
        except (TypeError, ValueError):
            continue
        callbacks = [p for p in params if p.startswith("on_")]
        if "key" in params and callbacks:
            yield name, callbacks[0]
    yield "column_config.ButtonColumn", "on_click"


WIDGETS = dict(widget_commands())
BANNED = {"button", "chat_input", "download_button", "menu_button"}


def kinds(block):
    """The element classes in a block, in order."""
    return [type(child).__name__ for child in block.children.values()]


def open_app(page, url):
    """Load the app and wait for its first run to finish; return its last text."""
    from playwright.sync_api import expect

    page.goto(url)
    output = page.get_by_test_id("stMarkdown").last
    expect(output).to_contain_text("Run 1", timeout=BROWSER_WAIT_MS)
    return output


# --8<-- [start:test_form_widgets_keep_their_values_until_submit]
def test_form_widgets_keep_their_values_until_submit(app):
    """AppTest copies the browser's WidgetStateManager.submitForm: element_tree.
    _submitted_form_ids sends a form widget's value only with its submit click."""
    at = app(f"{PAGE}/values_wait_for_submit.py").run()
    assert at.markdown[0].value == "Run 1: green tea x 1 for guest"

    # Change every widget in the form, then rerun without submitting.
    at.selectbox[0].select("oolong")
    at.slider[0].set_value(4)
    at.text_input[0].input("Ada")
    at.run()
    assert at.markdown[0].value == "Run 2: green tea x 1 for guest"
    # Unlike a browser, AppTest drops the unsubmitted changes with that run.
    assert at.slider[0].value == 1

    # The same changes, sent with a click on the submit button.
    at.selectbox[0].select("oolong")
    at.slider[0].set_value(4)
    at.text_input[0].input("Ada")
    at.form_submit_button[0].click().run()
    assert at.markdown[0].value == "Run 3: oolong tea x 4 for Ada"


# --8<-- [end:test_form_widgets_keep_their_values_until_submit]


# --8<-- [start:test_rerun_from_outside_does_not_send_pending_form_values]
@pytest.mark.browser
def test_rerun_from_outside_does_not_send_pending_form_values(serve, page):
    """WidgetStateManager keeps a form widget's value in the form's own state;
    only submitForm copies it into the states a rerun sends."""
    from playwright.sync_api import expect

    output = open_app(page, serve(f"{PAGE}/values_wait_for_submit.py"))
    name = page.get_by_label("Name")
    name.fill("Ada")
    name.press("Tab")  # leaving the box does not submit the form
    cups = page.get_by_role("slider")
    cups.focus()
    cups.press("ArrowRight")  # 1 -> 2 cups, also pending
    expect(cups).to_have_value("2")

    # A button outside the form reruns the script: the form's changes stay behind.
    page.get_by_role("button", name="Refresh").click()
    expect(output).to_have_text(
        "Run 2: green tea x 1 for guest", timeout=BROWSER_WAIT_MS
    )
    expect(name).to_have_value("Ada")  # still pending in the browser
    expect(cups).to_have_value("2")

    # One click on the submit button sends both changes in one run.
    page.get_by_role("button", name="Order").click()
    expect(output).to_have_text("Run 3: green tea x 2 for Ada", timeout=BROWSER_WAIT_MS)


# --8<-- [end:test_rerun_from_outside_does_not_send_pending_form_values]


# --8<-- [start:test_form_object_places_elements_inside_the_form]
def test_form_object_places_elements_inside_the_form(app):
    """form_utils._current_form: a `form.foo` call takes the form data of its own
    DeltaGenerator, wherever the script makes it."""
    at = app(f"{PAGE}/form_object_out_of_order.py").run()

    # Main area: the columns, then the text written after the form was created.
    columns, note = at.main.children.values()
    assert columns.children == {0: at.columns[0], 1: at.columns[1]}
    assert note.value == "Results are announced at noon."

    # Left column: only the form, with the button the helper drew before the box.
    (form,) = at.columns[0].children.values()
    assert form.type == "form" and form.key == "ballot"
    assert kinds(form) == ["Button", "Selectbox"]
    assert at.columns[1].markdown[0].value == "One vote per visit."

    # That button submits the box below it; the result lands in the form too.
    at.selectbox[0].select("ramen")
    at.form_submit_button[0].click().run()
    form = at.form(key="ballot")
    assert kinds(form) == ["Button", "Selectbox", "Markdown"]
    assert form.markdown[0].value == "Counted: ramen"
    assert at.main[1].value == "Results are announced at noon."


# --8<-- [end:test_form_object_places_elements_inside_the_form]


# --8<-- [start:test_code_after_the_form_runs_on_the_submit_rerun]
def test_code_after_the_form_runs_on_the_submit_rerun(app):
    """ButtonMixin._button registers the submit button with a trigger value: True
    for the one run the click starts."""
    at = app(f"{PAGE}/process_after_form.py").run()
    assert len(at.markdown) == 0

    at.number_input[0].set_value(100.0)
    at.form_submit_button[0].click().run()
    # The result sits in the container above the form.
    result_area, form = at.main.children.values()
    assert form.type == "form"
    assert result_area.markdown[0].value == "100.0 °C = 212.0 °F"

    # Any other rerun: the button is False again, so the result is gone.
    at.run()
    assert len(at.markdown) == 0


# --8<-- [end:test_code_after_the_form_runs_on_the_submit_rerun]


# --8<-- [start:test_submit_callback_sees_new_values_before_the_script_runs]
def test_submit_callback_sees_new_values_before_the_script_runs(app):
    """SessionState.on_script_will_rerun stores the new widget values, then
    _call_callbacks runs the callbacks, before the script."""
    at = app(f"{PAGE}/process_in_callback.py").run()
    assert len(at.markdown) == 0

    at.number_input(key="celsius").set_value(100.0)
    at.form_submit_button[0].click().run()
    # One rerun: the callback already stored the result when line one ran.
    assert at.markdown[0].value == "Result: 212.0 °F"


# --8<-- [end:test_submit_callback_sees_new_values_before_the_script_runs]


# --8<-- [start:test_callback_args_hold_the_previous_runs_value]
def test_callback_args_hold_the_previous_runs_value(app):
    """register_widget stores `args` as evaluated when the button is drawn."""
    at = app(f"{PAGE}/callback_args_are_stale.py").run()

    at.number_input[0].set_value(100.0)
    at.form_submit_button[0].click().run()
    assert at.markdown[0].value == "Callback received: 0.0"  # not 100.0

    at.number_input[0].set_value(25.0)
    at.form_submit_button[0].click().run()
    assert at.markdown[0].value == "Callback received: 100.0"  # one submit behind


# --8<-- [end:test_callback_args_hold_the_previous_runs_value]


# --8<-- [start:test_result_stored_after_the_form_shows_one_submit_late]
def test_result_stored_after_the_form_shows_one_submit_late(app):
    """Plain script order: the line above the form ran before the value was stored."""
    at = app(f"{PAGE}/result_above_form_lags.py").run()

    at.number_input[0].set_value(100.0)
    at.form_submit_button[0].click().run()
    assert at.markdown[0].value == "Last result: None"
    assert at.session_state["fahrenheit"] == 212.0  # stored, but after drawing

    at.number_input[0].set_value(0.0)
    at.form_submit_button[0].click().run()
    assert at.markdown[0].value == "Last result: 212.0"  # the previous submit


# --8<-- [end:test_result_stored_after_the_form_shows_one_submit_late]


# --8<-- [start:test_st_rerun_after_submit_shows_the_result_above_the_form]
def test_st_rerun_after_submit_shows_the_result_above_the_form(app):
    """st.rerun raises RerunException; the script runner starts a new run."""
    at = app(f"{PAGE}/process_with_rerun.py").run()
    assert at.markdown[0].value == "Last result: None"
    assert at.markdown[1].value == "Runs: 1"

    at.number_input[0].set_value(100.0)
    at.form_submit_button[0].click().run()
    assert at.markdown[0].value == "Last result: 212.0"
    assert at.markdown[1].value == "Runs: 3"  # the submit run plus st.rerun's run


# --8<-- [end:test_st_rerun_after_submit_shows_the_result_above_the_form]


# --8<-- [start:test_form_without_submit_button_raises_nothing]
def test_form_without_submit_button_raises_nothing(app):
    """FormMixin.form never checks that the form gets a submit button."""
    at = app(f"{PAGE}/form_without_submit_button.py").run()
    assert at.exception == [] and at.error == [] and at.warning == []
    assert at.form(key="forgotten").text_input[0].value == "Oslo"
    assert at.markdown[0].value == "Run 1: Oslo"


# --8<-- [end:test_form_without_submit_button_raises_nothing]


# --8<-- [start:test_form_without_submit_button_never_sends_its_values]
@pytest.mark.browser
@pytest.mark.changed_since_2024
def test_form_without_submit_button_never_sends_its_values(serve, page):
    """WidgetStateManager.allowFormEnterToSubmit is false without a submit button,
    and nothing else calls submitForm."""
    from playwright.sync_api import expect

    output = open_app(page, serve(f"{PAGE}/form_without_submit_button.py"))
    form = page.get_by_test_id("stForm")
    city = page.get_by_label("City")
    city.fill("Rome")
    expect(form.get_by_test_id("InputInstructions")).to_have_text("")  # no hint
    city.press("Enter")

    page.get_by_role("button", name="Refresh").click()
    expect(output).to_have_text(
        "Run 2: Oslo", timeout=BROWSER_WAIT_MS
    )  # Enter sent nothing
    # No error or warning box anywhere on the page.
    for test_id in ("stAlert", "stAlertContainer", "stException"):
        expect(page.get_by_test_id(test_id)).to_have_count(0)
    expect(page.get_by_role("alert")).to_have_count(0)
    expect(page.get_by_text("Missing Submit Button")).to_have_count(0)  # as in 1.37


# --8<-- [end:test_form_without_submit_button_never_sends_its_values]


# --8<-- [start:test_submit_button_outside_a_form_raises]
def test_submit_button_outside_a_form_raises(app, raised):
    """ButtonMixin._button raises when is_form_submitter and not is_in_form."""
    at = app(f"{PAGE}/submit_button_outside_form.py").run()
    assert raised(at) == [StreamlitInvalidLayoutContextError]
    assert issubclass(StreamlitInvalidLayoutContextError, StreamlitAPIException)


# --8<-- [end:test_submit_button_outside_a_form_raises]


# --8<-- [start:test_nested_form_raises]
def test_nested_form_raises(app, raised):
    """streamlit.elements.form.FormMixin.form checks is_in_form first."""
    at = app(f"{PAGE}/nested_forms.py").run()
    assert raised(at) == [StreamlitInvalidLayoutContextError]
    # The outer form was drawn with its button; the inner one never was.
    outer, error = at.main.children.values()
    assert outer.type == "form" and outer.key == "outer"
    assert kinds(outer) == ["Button"]
    assert type(error).__name__ == "Exception"


# --8<-- [end:test_nested_form_raises]


# --8<-- [start:test_component_callback_in_form_raises_nothing]
@pytest.mark.correction_2024
def test_component_callback_in_form_raises_nothing(app, raised):
    """BidiComponentMixin._bidi_component never calls check_callback_rules."""
    at = app(f"{PAGE}/component_callback_in_form.py").run()
    assert raised(at) == []
    # The component is in the form, and its callback-backed state exists.
    assert at.form(key="feedback").get("bidi_component")
    assert at.markdown[0].value == "Likes: 0"


# --8<-- [end:test_component_callback_in_form_raises_nothing]


# --8<-- [start:test_required_empty_box_blocks_the_submit_in_the_browser]
@pytest.mark.browser
def test_required_empty_box_blocks_the_submit_in_the_browser(serve, page):
    """WidgetStateManager.submitForm returns before sending anything when a
    submit validator fails; TextInput adds one for required=True."""
    from playwright.sync_api import expect

    output = open_app(page, serve(f"{PAGE}/required_blocks_submit.py"))
    email = page.get_by_label("Email")
    # Wait until the box is drawn: it registers its check with the form then.
    expect(email).to_have_value("")
    page.get_by_role("button", name="Sign up").click()
    email.press("Enter")  # Enter is refused as well

    # Had either started a run, this click would not be run 2.
    page.get_by_role("button", name="Refresh").click()
    expect(output).to_have_text("Run 2: sent=False, email=''", timeout=BROWSER_WAIT_MS)

    email.fill("ada@example.com")
    page.get_by_role("button", name="Sign up").click()
    expect(output).to_have_text(
        "Run 3: sent=True, email='ada@example.com'", timeout=BROWSER_WAIT_MS
    )


# --8<-- [end:test_required_empty_box_blocks_the_submit_in_the_browser]


# --8<-- [start:test_required_is_not_checked_by_the_server]
def test_required_is_not_checked_by_the_server(app):
    """TextWidgetsMixin._text_input only copies `required` into the proto: the
    check lives in the browser, so a client that skips it gets through."""
    at = app(f"{PAGE}/required_blocks_submit.py").run()
    at.form_submit_button[0].click().run()  # AppTest does not run the browser check
    assert at.markdown[0].value == "Run 2: sent=True, email=''"


# --8<-- [end:test_required_is_not_checked_by_the_server]


# --8<-- [start:test_dependent_widget_updates_only_on_submit]
@pytest.mark.browser
def test_dependent_widget_updates_only_on_submit(serve, page):
    """The slider's bound is computed by the script, which the pending Guests value
    reaches only through WidgetStateManager.submitForm."""
    from playwright.sync_api import expect

    output = open_app(page, serve(f"{PAGE}/dependent_widgets_in_form.py"))
    drivers = page.get_by_role("slider")
    expect(drivers).to_have_attribute("max", "2")

    guests = page.get_by_label("Guests")
    guests.fill("5")
    guests.press("Tab")  # pending: no run, so no new bound
    page.get_by_role("button", name="Refresh").click()
    expect(output).to_have_text("Run 2: up to 2 drivers", timeout=BROWSER_WAIT_MS)
    expect(drivers).to_have_attribute("max", "2")

    page.get_by_role("button", name="Plan").click()
    expect(output).to_have_text("Run 3: up to 5 drivers", timeout=BROWSER_WAIT_MS)
    expect(drivers).to_have_attribute("max", "5")


# --8<-- [end:test_dependent_widget_updates_only_on_submit]


# --8<-- [start:test_clear_on_submit_empties_the_form_after_sending]
@pytest.mark.browser
def test_clear_on_submit_empties_the_form_after_sending(serve, page):
    """WidgetStateManager.submitForm sends the values, then emits formCleared when
    the form has clearOnSubmit; the widgets reset to their defaults."""
    from playwright.sync_api import expect

    output = open_app(page, serve(f"{PAGE}/clear_on_submit.py"))
    message = page.get_by_label("Message")
    urgent = page.get_by_role("checkbox", name="Urgent")
    message.fill("hello")
    page.get_by_text("Urgent", exact=True).click()
    expect(urgent).to_be_checked()
    page.get_by_role("button", name="Send").click()
    expect(output).to_have_text(
        "Run 2: text='hello', urgent=True", timeout=BROWSER_WAIT_MS
    )
    expect(message).to_have_value("")  # the box is empty again
    expect(urgent).not_to_be_checked()  # and the checkbox is cleared

    # The reset is itself a pending change: other reruns still see the old values.
    page.get_by_role("button", name="Refresh").click()
    expect(output).to_have_text(
        "Run 3: text='hello', urgent=True", timeout=BROWSER_WAIT_MS
    )

    page.get_by_role("button", name="Send").click()
    expect(output).to_have_text("Run 4: text='', urgent=False", timeout=BROWSER_WAIT_MS)


# --8<-- [end:test_clear_on_submit_empties_the_form_after_sending]


def try_in_form(app, command, callback=None):
    """Run widgets_in_form.py with one widget command, and a callback if given."""
    at = app(f"{PAGE}/widgets_in_form.py")
    at.query_params["command"] = command
    if callback:
        at.query_params["callback"] = callback
    return at.run()


# --8<-- [start:test_the_widget_list_is_every_widget_in_the_source]
def test_the_widget_list_is_every_widget_in_the_source():
    """Every file that calls policies.check_widget_policies defines a widget above."""
    checking = {
        path.relative_to(ST_SOURCE).as_posix()
        for path in ST_SOURCE.rglob("*.py")
        if "check_widget_policies(" in path.read_text()
    }
    defining = {
        Path(inspect.getsourcefile(inspect.unwrap(getattr(st, name))))
        .relative_to(ST_SOURCE)
        .as_posix()
        for name in WIDGETS
        if "." not in name
    }
    assert checking - defining == {
        "elements/lib/policies.py",  # where the check is defined
        "elements/lib/column_config_utils.py",  # the button column
    }
    assert defining - checking == {"elements/form.py"}  # the submit button
    assert len(WIDGETS) == 38


# --8<-- [end:test_the_widget_list_is_every_widget_in_the_source]


# --8<-- [start:test_four_widget_commands_raise_in_a_form]
@pytest.mark.parametrize("command", sorted(WIDGETS))
@pytest.mark.correction_2024
def test_four_widget_commands_raise_in_a_form(app, raised, command):
    """ButtonMixin._button/_download_button, ChatMixin.chat_input and
    MenuButtonMixin._menu_button each raise when is_in_form() is true."""
    at = try_in_form(app, command)
    if command == "plotly_chart":
        assert raised(at) == [ModuleNotFoundError]  # plotly is not installed
    elif command in BANNED:
        assert raised(at) == [StreamlitInvalidLayoutContextError]
    else:
        assert raised(at) == []
        assert len(at.form(key="probe").children) == 2  # it and the submit button
        assert at.markdown[-1].value == f"`{command}` is allowed in a form."


# --8<-- [end:test_four_widget_commands_raise_in_a_form]


# --8<-- [start:test_a_callback_in_a_form_raises_except_on_the_submit_button]
@pytest.mark.parametrize("command", sorted(WIDGETS))
def test_a_callback_in_a_form_raises_except_on_the_submit_button(app, raised, command):
    """policies.check_callback_rules, called by check_widget_policies before the
    layout checks; st.form_submit_button turns it off. Its other branches: it
    checks nothing without a runtime (`python app.py`), and expander, tabs and
    popover call it only for a callable on_change, not for "rerun"."""
    at = try_in_form(app, command, WIDGETS[command])
    if command == "plotly_chart":
        assert raised(at) == [ModuleNotFoundError]  # plotly is not installed
    elif command == "form_submit_button":
        assert raised(at) == []
        assert at.markdown[-1].value == "`form_submit_button` is allowed in a form."
    else:
        assert raised(at) == [StreamlitInvalidFormCallbackError]
    assert issubclass(StreamlitInvalidFormCallbackError, StreamlitAPIException)


# --8<-- [end:test_a_callback_in_a_form_raises_except_on_the_submit_button]


# --8<-- [start:test_v1_component_callback_in_form_raises_nothing]
@pytest.mark.correction_2024
def test_v1_component_callback_in_form_raises_nothing(app, raised):
    """components.v1.custom_component.CustomComponent.create_instance never calls
    check_callback_rules."""
    at = app(f"{PAGE}/v1_component_callback_in_form.py").run()
    assert raised(at) == []
    assert at.form(key="review").get("component_instance")
    assert at.markdown[0].value == "Stars: 0"


# --8<-- [end:test_v1_component_callback_in_form_raises_nothing]


# --8<-- [start:test_component_trigger_values_are_dropped_in_a_form]
@pytest.mark.browser
def test_component_trigger_values_are_dropped_in_a_form(serve, page):
    """The frontend's setTriggerValue returns early when the component has a
    form id (BidiComponent.js); setStateValue waits for the submit."""
    from playwright.sync_api import expect

    output = open_app(page, serve(f"{PAGE}/component_trigger_in_form.py"))
    expect(output).to_have_text("Run 1: inside stars=0 ping=None, outside ping=None")
    form = page.get_by_test_id("stForm")
    form.get_by_role("button", name="Ping").click()
    form.get_by_role("button", name="Rate 5").click()

    # The submit sends the state value; the trigger never left the browser.
    page.get_by_role("button", name="Send").click()
    expect(output).to_have_text(
        "Run 2: inside stars=5 ping=None, outside ping=None", timeout=BROWSER_WAIT_MS
    )

    # The same component outside the form: the trigger reaches the script.
    outside = page.get_by_role("button", name="Ping").last
    outside.click()
    expect(output).to_have_text(
        "Run 3: inside stars=5 ping=None, outside ping=True", timeout=BROWSER_WAIT_MS
    )


# --8<-- [end:test_component_trigger_values_are_dropped_in_a_form]


# --8<-- [start:test_enter_presses_the_first_submit_button]
@pytest.mark.browser
def test_enter_presses_the_first_submit_button(serve, page):
    """WidgetStateManager.submitForm presses submitButtons[0]; TextInput, NumberInput,
    TextArea, TimeInput and DateTimeInput call it on Enter."""
    from playwright.sync_api import expect

    output = open_app(page, serve(f"{PAGE}/enter_submits_form.py"))
    hint = page.get_by_test_id("InputInstructions")

    def expect_run(text):
        expect(output).to_have_text(text, timeout=BROWSER_WAIT_MS)

    name = page.get_by_label("Name")
    name.fill("Ada")
    expect(hint).to_have_text("Press Enter to submit form")
    name.press("Enter")
    expect_run("Run 2: book=True, hold=False, name='Ada', guests=2, note=''")

    guests = page.get_by_label("Guests")
    guests.fill("3")
    guests.press("Enter")
    expect_run("Run 3: book=True, hold=False, name='Ada', guests=3, note=''")

    note = page.get_by_label("Note")
    note.fill("hi")
    expect(hint).to_have_text("Press Ctrl+Enter to submit form")
    note.press("Enter")  # a new line, no submit: the next run shows both
    note.press_sequentially("!")
    note.press("Control+Enter")
    expect_run("Run 4: book=True, hold=False, name='Ada', guests=3, note='hi\\n!'")

    for test_id, run in [("stTimeInput", 5), ("stDateTimeInput", 6)]:
        page.get_by_test_id(test_id).get_by_role("spinbutton").first.press("Enter")
        expect_run(
            f"Run {run}: book=True, hold=False, name='Ada', guests=3, note='hi\\n!'"
        )

    # Enter in a date input submits nothing: the next run is the Name box's.
    page.get_by_test_id("stDateInput").get_by_role("spinbutton").first.press("Enter")
    name.fill("Bo")
    name.press("Enter")
    expect_run("Run 7: book=True, hold=False, name='Bo', guests=3, note='hi\\n!'")


# --8<-- [end:test_enter_presses_the_first_submit_button]


# --8<-- [start:test_enter_is_off_without_enter_to_submit_or_first_button]
@pytest.mark.browser
@pytest.mark.changed_since_2024
def test_enter_is_off_without_enter_to_submit_or_first_button(serve, page):
    """WidgetStateManager.allowFormEnterToSubmit: false when the form has
    enter_to_submit=False or its first submit button is disabled."""
    from playwright.sync_api import expect

    output = open_app(page, serve(f"{PAGE}/enter_turned_off.py"))
    for form, label in [("contact", "Name"), ("newsletter", "Email")]:
        box = page.get_by_label(label)
        box.fill(f"{form}@example.com")
        hint = page.get_by_test_id("stForm").filter(has=box)
        expect(hint.get_by_test_id("InputInstructions")).to_have_text("")
        box.press("Enter")

    page.get_by_role("button", name="Refresh").click()
    expect(output).to_have_text(
        "Run 2: name='', email=''", timeout=BROWSER_WAIT_MS
    )  # neither Enter sent anything

    # Clicks still submit, also on a second button after a disabled first one.
    page.get_by_role("button", name="Save").click()
    expect(output).to_have_text(
        "Run 3: name='contact@example.com', email=''", timeout=BROWSER_WAIT_MS
    )
    page.get_by_role("button", name="Later").click()
    expect(output).to_have_text(
        "Run 4: name='contact@example.com', email='newsletter@example.com'",
        timeout=BROWSER_WAIT_MS,
    )


# --8<-- [end:test_enter_is_off_without_enter_to_submit_or_first_button]


# --8<-- [start:test_rerun_containers_in_a_form_rerun_at_once]
@pytest.mark.browser
def test_rerun_containers_in_a_form_rerun_at_once(serve, page):
    """LayoutsMixin.expander/tabs/popover set no form id, unlike value widgets."""
    from playwright.sync_api import expect

    output = open_app(page, serve(f"{PAGE}/rerun_widgets_in_form.py"))
    expect(output).to_have_text(
        "Run 1: name='guest', advanced=False, extra=False, tips=False",
        timeout=BROWSER_WAIT_MS,
    )
    name = page.get_by_label("Name")
    name.fill("Ada")
    name.press("Tab")  # pending in the form

    page.get_by_test_id("stExpander").get_by_text("Advanced").click()
    expect(output).to_have_text(
        "Run 2: name='guest', advanced=True, extra=False, tips=False",
        timeout=BROWSER_WAIT_MS,
    )
    page.get_by_role("tab", name="Extra").click()
    expect(output).to_have_text(
        "Run 3: name='guest', advanced=True, extra=True, tips=False",
        timeout=BROWSER_WAIT_MS,
    )
    page.get_by_role("button", name="Tips").click()
    expect(output).to_have_text(
        "Run 4: name='guest', advanced=True, extra=True, tips=True",
        timeout=BROWSER_WAIT_MS,
    )
    expect(name).to_have_value("Ada")  # still waiting for the submit


# --8<-- [end:test_rerun_containers_in_a_form_rerun_at_once]


# --8<-- [start:test_only_five_inputs_submit_a_form_from_the_keyboard]
@pytest.mark.changed_since_2024
def test_only_five_inputs_submit_a_form_from_the_keyboard():
    """The frontend modules that call WidgetStateManager.submitForm: the five
    inputs, and index (the submit button and the manager itself)."""
    bundle = ST_SOURCE / "static" / "static" / "js"
    callers = {
        path.name.partition(".")[0]: path.read_text().count("submitForm(")
        for path in bundle.glob("*.js")
        if "submitForm(" in path.read_text()
    }
    inputs = {"TextInput", "NumberInput", "TextArea", "TimeInput", "DateTimeInput"}
    assert callers.keys() == inputs | {"index"}
    # In index: the method's definition, and the one call, in the submit button.
    assert callers["index"] == 2


# --8<-- [end:test_only_five_inputs_submit_a_form_from_the_keyboard]
