"""Claims of docs/architecture/forms.md."""

import pytest
from conftest import BROWSER_WAIT_MS
from streamlit.errors import (
    StreamlitAPIException,
    StreamlitInvalidFormCallbackError,
    StreamlitInvalidLayoutContextError,
)

PAGE = "architecture/forms"


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
    at = app(f"{PAGE}/process_in_callback.py").run()
    assert len(at.markdown) == 0

    at.number_input(key="celsius").set_value(100.0)
    at.form_submit_button[0].click().run()
    # One rerun: the callback already stored the result when line one ran.
    assert at.markdown[0].value == "Result: 212.0 °F"


# --8<-- [end:test_submit_callback_sees_new_values_before_the_script_runs]


# --8<-- [start:test_callback_args_hold_the_previous_runs_value]
def test_callback_args_hold_the_previous_runs_value(app):
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
    at = app(f"{PAGE}/form_without_submit_button.py").run()
    assert at.exception == [] and at.error == [] and at.warning == []
    assert at.form(key="forgotten").text_input[0].value == "Oslo"
    assert at.markdown[0].value == "Run 1: Oslo"


# --8<-- [end:test_form_without_submit_button_raises_nothing]


# --8<-- [start:test_form_without_submit_button_never_sends_its_values]
@pytest.mark.browser
def test_form_without_submit_button_never_sends_its_values(serve, page):
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


# --8<-- [end:test_form_without_submit_button_never_sends_its_values]


# --8<-- [start:test_button_in_form_raises]
def test_button_in_form_raises(app, raised):
    at = app(f"{PAGE}/button_in_form.py").run()
    assert raised(at) == [StreamlitInvalidLayoutContextError]
    assert "`st.button()` can't be used in an `st.form()`" in at.exception[0].value
    assert issubclass(StreamlitInvalidLayoutContextError, StreamlitAPIException)


# --8<-- [end:test_button_in_form_raises]


# --8<-- [start:test_download_button_in_form_raises]
def test_download_button_in_form_raises(app, raised):
    at = app(f"{PAGE}/download_button_in_form.py").run()
    assert raised(at) == [StreamlitInvalidLayoutContextError]
    assert "`st.download_button()` can't be used in an `st.form()`" in (
        at.exception[0].value
    )


# --8<-- [end:test_download_button_in_form_raises]


# --8<-- [start:test_submit_button_outside_a_form_raises]
def test_submit_button_outside_a_form_raises(app, raised):
    at = app(f"{PAGE}/submit_button_outside_form.py").run()
    assert raised(at) == [StreamlitInvalidLayoutContextError]
    assert "must be used inside an `st.form()`" in at.exception[0].value


# --8<-- [end:test_submit_button_outside_a_form_raises]


# --8<-- [start:test_nested_form_raises]
def test_nested_form_raises(app, raised):
    at = app(f"{PAGE}/nested_forms.py").run()
    assert raised(at) == [StreamlitInvalidLayoutContextError]
    assert at.exception[0].value == "Forms cannot be nested in other forms."


# --8<-- [end:test_nested_form_raises]


# --8<-- [start:test_callback_on_a_form_widget_raises]
def test_callback_on_a_form_widget_raises(app, raised):
    at = app(f"{PAGE}/callback_on_form_widget.py").run()
    assert raised(at) == [StreamlitInvalidFormCallbackError]
    assert issubclass(StreamlitInvalidFormCallbackError, StreamlitAPIException)


# --8<-- [end:test_callback_on_a_form_widget_raises]


# --8<-- [start:test_component_callback_in_form_raises_nothing]
def test_component_callback_in_form_raises_nothing(app, raised):
    at = app(f"{PAGE}/component_callback_in_form.py").run()
    assert raised(at) == []
    # The component is in the form, and its callback-backed state exists.
    assert at.form(key="feedback").get("bidi_component")
    assert at.markdown[0].value == "Likes: 0"


# --8<-- [end:test_component_callback_in_form_raises_nothing]


# --8<-- [start:test_dependent_widget_updates_only_on_submit]
@pytest.mark.browser
def test_dependent_widget_updates_only_on_submit(serve, page):
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


# --8<-- [start:test_enter_submits_the_form]
@pytest.mark.browser
@pytest.mark.parametrize(
    ("label", "text", "key", "hint", "result"),
    [
        ("Name", "Ada", "Enter", "Enter", "name='Ada', age=30, note=''"),
        ("Age", "42", "Enter", "Enter", "name='', age=42, note=''"),
        ("Note", "hi", "Control+Enter", "Ctrl+Enter", "name='', age=30, note='hi'"),
    ],
)
def test_enter_submits_the_form(serve, page, label, text, key, hint, result):
    from playwright.sync_api import expect

    output = open_app(page, serve(f"{PAGE}/enter_submits_form.py"))
    expect(output).to_contain_text("Run 1: saved=False")
    box = page.get_by_label(label)
    box.fill(text)
    hint_text = f"Press {hint} to submit form"
    expect(page.get_by_test_id("InputInstructions")).to_have_text(hint_text)

    box.press(key)
    # The submit button returns True, as if it had been clicked.
    expect(output).to_have_text(f"Run 2: saved=True, {result}", timeout=BROWSER_WAIT_MS)


# --8<-- [end:test_enter_submits_the_form]


# --8<-- [start:test_enter_to_submit_false_ignores_enter]
@pytest.mark.browser
def test_enter_to_submit_false_ignores_enter(serve, page):
    from playwright.sync_api import expect

    output = open_app(page, serve(f"{PAGE}/enter_to_submit_off.py"))
    name = page.get_by_label("Name")
    name.fill("Ada")
    expect(page.get_by_test_id("InputInstructions")).to_have_text("")  # no hint
    name.press("Enter")

    page.get_by_role("button", name="Refresh").click()
    expect(output).to_have_text(
        "Run 2: name=''", timeout=BROWSER_WAIT_MS
    )  # Enter sent nothing

    page.get_by_role("button", name="Save").click()
    expect(output).to_have_text("Run 3: name='Ada'", timeout=BROWSER_WAIT_MS)


# --8<-- [end:test_enter_to_submit_false_ignores_enter]


# --8<-- [start:test_clear_on_submit_empties_the_form_after_sending]
@pytest.mark.browser
def test_clear_on_submit_empties_the_form_after_sending(serve, page):
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
