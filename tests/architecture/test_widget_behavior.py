"""Claims of docs/architecture/widget-behavior.md."""

import logging

import pytest
from conftest import BROWSER_WAIT_MS
from playwright.sync_api import expect
from streamlit.elements.lib import policies
from streamlit.errors import (
    DuplicateWidgetID,
    StreamlitDuplicateElementId,
    StreamlitDuplicateElementKey,
)

PAGE = "architecture/widget-behavior"


# --8<-- [start:test_return_value_and_session_state_hold_the_same_value]
def test_return_value_and_session_state_hold_the_same_value(app):
    at = app(f"{PAGE}/widget_anatomy.py").run()
    assert at.number_input[0].label == "Cups of coffee"
    assert at.session_state["cups"] == 0
    assert at.markdown[0].value == "Returned by the function: 0"

    at.number_input(key="cups").set_value(3).run()
    assert at.markdown[0].value == "Returned by the function: 3"
    assert at.markdown[1].value == "Stored in Session State: 3"
    assert type(at.session_state["cups"]) is int


# --8<-- [end:test_return_value_and_session_state_hold_the_same_value]


# --8<-- [start:test_data_editor_key_holds_the_edits_not_the_return_value]
def test_data_editor_key_holds_the_edits_not_the_return_value(app):
    at = app(f"{PAGE}/data_editor_key_holds_the_edits.py").run()
    assert at.markdown[0].value == "Returned: DataFrame"
    assert at.session_state["price_grid"] == {
        "edited_rows": {},
        "added_rows": [],
        "deleted_rows": [],
    }


# --8<-- [end:test_data_editor_key_holds_the_edits_not_the_return_value]


# --8<-- [start:test_one_session_does_not_change_another]
@pytest.mark.browser
def test_one_session_does_not_change_another(serve, page):
    url = serve(f"{PAGE}/values_are_per_session.py")
    other_tab = page.context.new_page()  # A second tab: a session of its own.
    page.goto(url)
    other_tab.goto(url)

    page.get_by_label("Your name").fill("Ada")
    page.get_by_label("Your name").press("Enter")
    page.get_by_role("button", name="Greet me").click()
    expect(page.get_by_text("Hello, Ada!")).to_be_visible(timeout=BROWSER_WAIT_MS)

    # The other tab reruns after Ada's change and still has its own, empty value.
    other_tab.get_by_role("button", name="Greet me").click()
    expect(other_tab.get_by_text("Hello, stranger!")).to_be_visible(
        timeout=BROWSER_WAIT_MS
    )
    expect(other_tab.get_by_label("Your name")).to_have_value("")


# --8<-- [end:test_one_session_does_not_change_another]


# --8<-- [start:test_widgets_return_simple_defaults_on_the_first_run]
def test_widgets_return_simple_defaults_on_the_first_run(app):
    at = app(f"{PAGE}/first_call_defaults.py").run()
    # The selectbox starts on its first option, the slider on its minimum.
    assert at.markdown[0].value == "(False, False, 'Small', 0, '')"
    values = (
        at.button[0].value,
        at.checkbox[0].value,
        at.selectbox[0].value,
        at.slider[0].value,
        at.text_input[0].value,
    )
    assert [type(v) for v in values] == [bool, bool, str, int, str]


# --8<-- [end:test_widgets_return_simple_defaults_on_the_first_run]


# --8<-- [start:test_identical_widgets_raise_duplicate_element_id]
def test_identical_widgets_raise_duplicate_element_id(app, raised):
    at = app(f"{PAGE}/identical_widgets_clash.py").run()
    assert raised(at) == [StreamlitDuplicateElementId]
    assert "pass a unique `key` argument" in at.exception[0].value
    # The old name survives only as the base class of the new errors.
    assert issubclass(StreamlitDuplicateElementId, DuplicateWidgetID)


# --8<-- [end:test_identical_widgets_raise_duplicate_element_id]


# --8<-- [start:test_identical_widgets_in_different_places_do_not_clash]
def test_identical_widgets_in_different_places_do_not_clash(app, raised):
    at = app(f"{PAGE}/same_widget_in_different_places.py").run()
    assert raised(at) == []
    # Entrypoint and page each draw a "Refresh" button; so does the sidebar.
    assert [b.label for b in at.main.button if b.label == "Refresh"] == ["Refresh"] * 2
    assert [b.label for b in at.sidebar.button] == ["Refresh"]
    assert [t.label for t in at.text_input] == ["Address", "Address"]

    at.sidebar.button[0].click().run()  # Three IDs: only the sidebar one is clicked.
    assert [b.value for b in at.button if b.label == "Refresh"] == [False, False, True]


# --8<-- [end:test_identical_widgets_in_different_places_do_not_clash]


# --8<-- [start:test_reused_key_raises_duplicate_element_key]
def test_reused_key_raises_duplicate_element_key(app, raised):
    at = app(f"{PAGE}/same_key_twice.py").run()
    assert raised(at) == [StreamlitDuplicateElementKey]
    assert "key='notify'" in at.exception[0].value
    assert issubclass(StreamlitDuplicateElementKey, DuplicateWidgetID)


# --8<-- [end:test_reused_key_raises_duplicate_element_key]


# --8<-- [start:test_keys_make_identical_widgets_distinct]
def test_keys_make_identical_widgets_distinct(app):
    at = app(f"{PAGE}/keys_tell_widgets_apart.py").run()
    assert not at.exception
    assert at.markdown[0].value == "Draft saved: False, final saved: False"

    at.button(key="save_final").click().run()
    assert at.markdown[0].value == "Draft saved: False, final saved: True"
    assert {"save_draft", "save_final"} <= set(at.session_state.keys())


# --8<-- [end:test_keys_make_identical_widgets_distinct]


# --8<-- [start:test_value_updates_then_callback_then_script]
def test_value_updates_then_callback_then_script(app):
    at = app(f"{PAGE}/order_of_operations.py").run()
    assert at.session_state.events == ["script sees red"]

    at.selectbox(key="color").select("green").run()
    # The callback already sees the new value, and runs before the script.
    assert at.session_state.events == [
        "script sees red",
        "callback sees green",
        "script sees green",
    ]


# --8<-- [end:test_value_updates_then_callback_then_script]


# --8<-- [start:test_callback_output_is_drawn_above_the_page_once]
def test_callback_output_is_drawn_above_the_page_once(app):
    at = app(f"{PAGE}/order_of_operations.py").run()
    at.selectbox(key="color").select("green").run()
    assert [m.value for m in at.main.get("markdown")] == [
        "Written by the callback",
        "Top of the script",
    ]

    at.button[0].click().run()  # Any later rerun clears it.
    assert [m.value for m in at.main.get("markdown")] == ["Top of the script"]


# --8<-- [end:test_callback_output_is_drawn_above_the_page_once]


# --8<-- [start:test_callback_args_hold_the_value_from_render_time]
def test_callback_args_hold_the_value_from_render_time(app):
    at = app(f"{PAGE}/callback_args_are_fixed_at_render.py").run()
    at.radio(key="size").set_value("M").run()
    assert at.markdown[0].value == "Argument: S, Session State: M"

    at.radio(key="size").set_value("L").run()
    assert at.markdown[0].value == "Argument: M, Session State: L"


# --8<-- [end:test_callback_args_hold_the_value_from_render_time]


# --8<-- [start:test_form_callback_sees_the_submitted_values]
def test_form_callback_sees_the_submitted_values(app):
    at = app(f"{PAGE}/form_submit_callback.py").run()
    at.selectbox(key="item").select("beans")
    at.number_input(key="count").set_value(4)
    at.button[0].click().run()
    assert at.success[0].value == "Added 4 × beans"
    assert at.markdown[0].value == "Pantry: {'beans': 4}"

    at.selectbox(key="item").select("oats")
    at.number_input(key="count").set_value(2)
    at.button[0].click().run()
    assert at.success[0].value == "Added 2 × oats"
    assert at.session_state.pantry == {"beans": 4, "oats": 2}


# --8<-- [end:test_form_callback_sees_the_submitted_values]


# --8<-- [start:test_label_change_resets_only_widgets_without_a_key]
def test_label_change_resets_only_widgets_without_a_key(app):
    at = app(f"{PAGE}/label_change_with_and_without_key.py").run()
    at.number_input(key="age").set_value(30)
    at.text_input(key="city").input("Paris")
    at.slider(key="stars").set_value(4)
    at.number_input[1].set_value(180)
    at.run()
    assert at.markdown[0].value == "(30.0, 'Paris', 4, 180.0)"

    at.radio[0].set_value("French").run()
    assert at.number_input[0].label == "Âge"
    # Keyed widgets keep their values; the unkeyed one is a new widget.
    assert at.markdown[0].value == "(30.0, 'Paris', 4, 0.0)"


# --8<-- [end:test_label_change_resets_only_widgets_without_a_key]


def _type_greeting_and_closing(at):
    at.text_input(key="greeting").input("Hello folks,")
    at.text_input[1].input("Bye,")
    at.run()
    assert at.markdown[0].value == "('Hello folks,', 'Bye,')"
    at.toggle[0].set_value(True).run()  # Formal tone: new defaults and hints.


# --8<-- [start:test_default_value_change_resets_a_widget_without_a_key]
def test_default_value_change_resets_a_widget_without_a_key(app):
    at = app(f"{PAGE}/default_and_hints_change_with_and_without_key.py").run()
    _type_greeting_and_closing(at)
    # "Bye," is gone: the closing field is a new widget with the new default.
    assert at.text_input[1].value == "Kind regards,"


# --8<-- [end:test_default_value_change_resets_a_widget_without_a_key]


# --8<-- [start:test_keyed_widget_keeps_its_value_when_default_and_hints_change]
def test_keyed_widget_keeps_its_value_when_default_and_hints_change(app):
    at = app(f"{PAGE}/default_and_hints_change_with_and_without_key.py").run()
    _type_greeting_and_closing(at)
    greeting = at.text_input(key="greeting")
    assert (greeting.placeholder, greeting.help) == (
        "How the email starts",
        "Keep it polite.",
    )
    assert greeting.value == "Hello folks,"  # Not "Dear team,".
    assert at.session_state["greeting"] == "Hello folks,"


# --8<-- [end:test_keyed_widget_keeps_its_value_when_default_and_hints_change]


# --8<-- [start:test_slider_bounds_or_step_change_resets_it_even_with_a_key]
@pytest.mark.parametrize(
    ("control", "new_value", "new_minimum"),
    [("top", 12, 0), ("bottom", 1, 1), ("step", 2, 0)],
)
def test_slider_bounds_or_step_change_resets_it_even_with_a_key(
    app, control, new_value, new_minimum
):
    at = app(f"{PAGE}/slider_bounds_change_with_and_without_key.py").run()
    at.slider[0].set_value(8)
    at.slider(key="level").set_value(8)
    at.run()
    assert at.markdown[0].value == "Without key: 8, with key: 8"

    at.number_input(key=control).set_value(new_value).run()
    # 8 still fits the new range, yet both sliders are back at the minimum.
    expected = f"Without key: {new_minimum}, with key: {new_minimum}"
    assert at.markdown[0].value == expected
    assert at.session_state["level"] == new_minimum


# --8<-- [end:test_slider_bounds_or_step_change_resets_it_even_with_a_key]


# --8<-- [start:test_keyed_number_input_survives_bounds_that_still_fit]
def test_keyed_number_input_survives_bounds_that_still_fit(app):
    at = app(f"{PAGE}/number_input_bounds_change_with_key.py").run()
    at.number_input(key="guests").set_value(9).run()

    at.slider(key="top").set_value(15).run()
    assert at.markdown[0].value == "Guests: 9"


# --8<-- [end:test_keyed_number_input_survives_bounds_that_still_fit]


# --8<-- [start:test_keyed_number_input_resets_when_its_value_falls_outside]
def test_keyed_number_input_resets_when_its_value_falls_outside(app):
    at = app(f"{PAGE}/number_input_bounds_change_with_key.py").run()
    at.number_input(key="guests").set_value(9).run()

    at.slider(key="top").set_value(8).run()
    assert at.markdown[0].value == "Guests: 2"  # Back to its default value.
    assert at.session_state["guests"] == 2


# --8<-- [end:test_keyed_number_input_resets_when_its_value_falls_outside]


# --8<-- [start:test_disabling_or_hiding_the_label_keeps_the_value]
def test_disabling_or_hiding_the_label_keeps_the_value(app):
    at = app(f"{PAGE}/disabled_and_hidden_label_keep_value.py").run()
    at.text_input[0].input("Ada").run()

    at.toggle[0].set_value(True).run()
    assert at.text_input[0].disabled
    assert at.markdown[0].value == "Name: Ada"

    at.toggle[0].set_value(False).run()
    assert at.markdown[0].value == "Name: Ada"


# --8<-- [end:test_disabling_or_hiding_the_label_keeps_the_value]


# --8<-- [start:test_hidden_widget_loses_its_value_and_key]
def test_hidden_widget_loses_its_value_and_key(app):
    at = app(f"{PAGE}/hidden_widget_is_reset.py").run()
    at.number_input(key="min_rating").set_value(4).run()

    at.toggle[0].set_value(False).run()  # One run without the widget.
    assert "min_rating" not in at.session_state

    at.toggle[0].set_value(True).run()
    assert at.number_input(key="min_rating").value == 0
    assert at.session_state["min_rating"] == 0


# --8<-- [end:test_hidden_widget_loses_its_value_and_key]


# --8<-- [start:test_cleanup_happens_at_the_end_of_the_run]
def test_cleanup_happens_at_the_end_of_the_run(app):
    at = app(f"{PAGE}/hidden_widget_is_reset.py").run()
    at.number_input(key="min_rating").set_value(4).run()

    at.toggle[0].set_value(False).run()
    # The run that skips the widget can still read the key...
    assert at.markdown[0].value == "Key in Session State during this run: True"

    at.run()
    # ...but the run after it cannot.
    assert at.markdown[0].value == "Key in Session State during this run: False"


# --8<-- [end:test_cleanup_happens_at_the_end_of_the_run]


# --8<-- [start:test_storage_key_keeps_the_value_across_pages]
def test_storage_key_keeps_the_value_across_pages(app):
    at = app(f"{PAGE}/copy_to_permanent_key.py").run()
    at.number_input(key="rating_box").set_value(4).run()
    # The next run draws it with value=4. A keyed number input's ID ignores its
    # value, so it stays the same widget and keeps what the user picks next.
    at.number_input(key="rating_box").set_value(2).run()
    assert at.number_input(key="rating_box").value == 2

    at.sidebar.button[1].click().run()  # To the Results page.
    at.run()  # And one more run there.
    assert at.markdown[0].value == "Showing items rated 2+"
    assert "rating_box" not in at.session_state  # The widget key is gone...
    assert at.session_state["saved_rating"] == 2  # ...the storage key is not.

    at.sidebar.button[0].click().run()  # Back to Filters: a new widget...
    assert at.number_input(key="rating_box").value == 2  # ...drawn with value=2.


# --8<-- [end:test_storage_key_keeps_the_value_across_pages]


# --8<-- [start:test_rewriting_the_key_interrupts_the_cleanup]
def test_rewriting_the_key_interrupts_the_cleanup(app):
    at = app(f"{PAGE}/interrupt_cleanup.py").run()
    at.number_input(key="min_rating").set_value(4).run()

    at.sidebar.button[1].click().run()  # To the Results page.
    at.run()  # And one more run there.
    assert at.session_state["min_rating"] == 4
    assert at.markdown[0].value == "Showing items rated 4+"

    at.sidebar.button[0].click().run()  # Back to Filters.
    assert at.number_input(key="min_rating").value == 4


# --8<-- [end:test_rewriting_the_key_interrupts_the_cleanup]


# --8<-- [start:test_persist_state_session_keeps_the_value_across_pages]
def test_persist_state_session_keeps_the_value_across_pages(app):
    at = app(f"{PAGE}/persist_state_across_pages.py").run()
    at.number_input(key="min_rating").set_value(4)
    at.checkbox(key="in_stock").check()
    at.run()

    at.sidebar.button[1].click().run()  # To the Results page.
    at.run()
    assert at.session_state["min_rating"] == 4
    assert at.session_state["in_stock"] is True
    assert at.markdown[0].value == "Showing items rated 4+ (in stock)"

    at.sidebar.button[0].click().run()  # Back to Filters.
    assert at.number_input(key="min_rating").value == 4
    assert at.checkbox(key="in_stock").value is True


# --8<-- [end:test_persist_state_session_keeps_the_value_across_pages]


# --8<-- [start:test_writing_the_key_first_keeps_the_slider_value]
def test_writing_the_key_first_keeps_the_slider_value(app):
    at = app(f"{PAGE}/clamp_before_slider.py").run()
    at.slider(key="seats").set_value(30).run()

    at.radio[0].set_value("Studio").run()
    assert at.slider(key="seats").max == 12
    assert at.markdown[0].value == "Booking 12 seats in the Studio"  # Cut down.

    at.radio[0].set_value("Hall").run()
    assert at.slider(key="seats").max == 40
    # A new slider again, yet not back at its default of 1: it kept the 12.
    assert at.markdown[0].value == "Booking 12 seats in the Hall"


# --8<-- [end:test_writing_the_key_first_keeps_the_slider_value]


@pytest.fixture
def policy_log(monkeypatch, caplog):
    """Capture Streamlit's widget-policy log, with its once-per-process flag reset."""
    monkeypatch.setattr(policies, "_shown_default_value_warning", False)
    # Streamlit's loggers do not propagate to the root logger, where caplog listens.
    monkeypatch.setattr(logging.getLogger(LOGGER), "propagate", True)
    caplog.set_level(logging.WARNING, logger=LOGGER)
    return caplog


LOGGER = policies.__name__  # streamlit.elements.lib.policies
DUPLICATION_WARNING = "was created with a default value but also had its value set"


# --8<-- [start:test_session_state_value_wins_over_the_default]
def test_session_state_value_wins_over_the_default(app):
    at = app(f"{PAGE}/default_and_session_state_value.py").run()
    assert at.markdown[0].value == "Speed: 7"


# --8<-- [end:test_session_state_value_wins_over_the_default]


# --8<-- [start:test_conflict_warning_is_a_log_line_not_an_element]
def test_conflict_warning_is_a_log_line_not_an_element(app, policy_log):
    at = app(f"{PAGE}/default_and_session_state_value.py").run()
    assert [r.getMessage() for r in policy_log.records if r.name == LOGGER] == [
        'The widget with key "speed" was created with a default value but also '
        "had its value set via the Session State API."
    ]
    # Nothing in the app itself: no st.warning, no other element.
    assert not at.warning
    assert [m.value for m in at.markdown] == ["Speed: 7"]


# --8<-- [end:test_conflict_warning_is_a_log_line_not_an_element]


# --8<-- [start:test_conflict_warning_is_logged_once_per_process]
def test_conflict_warning_is_logged_once_per_process(app, policy_log):
    app(f"{PAGE}/default_and_session_state_value.py").run()
    app(f"{PAGE}/default_and_session_state_value.py").run()  # A second session.
    assert len([r for r in policy_log.records if DUPLICATION_WARNING in r.msg]) == 1


# --8<-- [end:test_conflict_warning_is_logged_once_per_process]


# --8<-- [start:test_conflict_warning_can_be_switched_off]
def test_conflict_warning_can_be_switched_off(app, policy_log, set_config):
    set_config("global.disableWidgetStateDuplicationWarning", True)
    app(f"{PAGE}/default_and_session_state_value.py").run()
    assert not [r for r in policy_log.records if DUPLICATION_WARNING in r.msg]


# --8<-- [end:test_conflict_warning_can_be_switched_off]


# --8<-- [start:test_conflict_warning_reaches_the_terminal_not_the_page]
@pytest.mark.browser
def test_conflict_warning_reaches_the_terminal_not_the_page(serve, page, tmp_path):
    page.goto(serve(f"{PAGE}/default_and_session_state_value.py"))
    expect(page.get_by_text("Speed: 7")).to_be_visible(timeout=BROWSER_WAIT_MS)

    # The page shows no warning...
    expect(page.get_by_text(DUPLICATION_WARNING)).to_have_count(0)
    expect(page.get_by_role("alert")).to_have_count(0)
    # ...while the terminal of `streamlit run` (the serve fixture's log) has it.
    (terminal,) = tmp_path.glob("streamlit-*.log")
    assert DUPLICATION_WARNING in terminal.read_text()


# --8<-- [end:test_conflict_warning_reaches_the_terminal_not_the_page]
