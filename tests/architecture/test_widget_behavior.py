"""Claims of docs/architecture/widget-behavior.md."""

import inspect
import logging
import re

import pytest
import streamlit as st
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
@pytest.mark.changed_since_2024
def test_identical_widgets_raise_duplicate_element_id(app, raised):
    at = app(f"{PAGE}/identical_widgets_clash.py").run()
    assert raised(at) == [StreamlitDuplicateElementId]
    # The old name survives only as the base class of the new errors.
    assert issubclass(StreamlitDuplicateElementId, DuplicateWidgetID)


# --8<-- [end:test_identical_widgets_raise_duplicate_element_id]


# --8<-- [start:test_stateless_link_button_expander_popover_tabs_do_not_clash]
def test_stateless_link_button_expander_popover_tabs_do_not_clash(app, raised):
    """ButtonMixin._link_button registers an ID only in "rerun" mode (a callback)
    or with a key; LayoutsMixin.expander/popover/tabs only when is_stateful
    (on_change other than "ignore", or bind="query-params")."""
    at = app(f"{PAGE}/stateless_twins_do_not_clash.py").run()
    assert raised(at) == []
    assert len(at.expander) == 2
    assert len(at.tabs) == 2
    assert at.markdown[-1].value == "No clash"


# --8<-- [end:test_stateless_link_button_expander_popover_tabs_do_not_clash]


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
@pytest.mark.changed_since_2024
def test_reused_key_raises_duplicate_element_key(app, raised):
    at = app(f"{PAGE}/same_key_twice.py").run()
    assert raised(at) == [StreamlitDuplicateElementKey]
    assert [w.label for w in at.checkbox] == ["Email me"]  # The toggle never drew.
    assert not at.toggle
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
@pytest.mark.changed_since_2024
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
    """number_input: compute_and_register_element_id(key_as_main_identity=True)."""
    at = app(f"{PAGE}/number_input_bounds_change_with_key.py").run()
    at.number_input(key="guests").set_value(9).run()
    before = widget_id(at, "guests")

    at.slider(key="top").set_value(15).run()
    assert widget_id(at, "guests") == before  # The same widget...
    assert at.markdown[0].value == "Guests: 9"  # ...with the same value.


# --8<-- [end:test_keyed_number_input_survives_bounds_that_still_fit]


# --8<-- [start:test_keyed_number_input_resets_when_its_value_falls_outside]
def test_keyed_number_input_resets_when_its_value_falls_outside(app):
    """NumberInputMixin._number_input: a value outside the new bounds is reset to
    the default and written back with SessionState.reset_state_value."""
    at = app(f"{PAGE}/number_input_bounds_change_with_key.py").run()
    at.number_input(key="guests").set_value(9).run()
    before = widget_id(at, "guests")

    at.slider(key="top").set_value(8).run()
    assert widget_id(at, "guests") == before  # Still the same widget.
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
@pytest.mark.changed_since_2024
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
    """policies.check_session_state_rules sets the module-level flag
    _shown_default_value_warning after its first warning and never resets it."""
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
@pytest.mark.changed_since_2024
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


def widget_id(at, key):
    """The internal ID of the widget with `key` in the last run (IDs end in -key)."""
    ids = set()
    for node in at._tree:  # The whole tree: main, sidebar and bottom (chat_input).
        proto = getattr(node, "proto", None)
        if proto is None:
            continue
        parts = [proto] + [v for _, v in proto.ListFields() if hasattr(v, "DESCRIPTOR")]
        ids |= {
            p.id
            for p in parts
            if isinstance(getattr(p, "id", None), str) and p.id.endswith(f"-{key}")
        }
    (only,) = ids
    return only


def widget_commands():
    """Every st command with a key and a callback: the widget commands."""
    callbacks = {"on_change", "on_click", "on_submit"}
    names = set()
    for name in dir(st):
        command = getattr(st, name)
        if name.startswith("_") or not callable(command):
            continue
        try:
            params = set(inspect.signature(command).parameters)
        except (TypeError, ValueError):
            continue
        if "key" in params and params & callbacks:
            names.add(name)
    return names


def command_of(row):
    """'data_editor, num_rows=...: its data' -> 'data_editor'."""
    return re.split(r"[,:]", row, maxsplit=1)[0]


TWINS = f"{PAGE}/twins_differ_in_disabled_or_callback.py"


def draw_twins(app, name, differ_in):
    at = app(TWINS).run()
    at.selectbox[0].select(name)
    at.radio[0].set_value(differ_in)
    return at.run()


# --8<-- [start:test_twins_differing_only_in_disabled_or_callback_clash]
@pytest.mark.parametrize(
    ("name", "differ_in"),
    [
        (name, differ_in)
        for name in sorted(widget_commands())
        for differ_in in ("disabled", "callback", "args")
        # st.expander and st.tabs have no `disabled` parameter.
        if (name, differ_in) not in {("expander", "disabled"), ("tabs", "disabled")}
    ],
)
def test_twins_differing_only_in_disabled_or_callback_clash(
    app, raised, name, differ_in
):
    """streamlit.elements.lib.utils.compute_and_register_element_id: no widget
    passes `on_change`/`on_click`/`args`, and only st.popover passes `disabled`
    (st.data_editor passes a list of disabled columns inside its column config).
    A form submit button also gets an automatic key from its form and label
    (streamlit.elements.form: f"FormSubmitter:{form_id}-{label}")."""
    at = draw_twins(app, name, differ_in)
    if (name, differ_in) == ("popover", "disabled"):
        assert raised(at) == []  # The one command that hashes `disabled`.
        assert at.markdown[-1].value == "No clash"
    elif name == "form_submit_button":
        assert raised(at) == [StreamlitDuplicateElementKey]
    else:
        assert raised(at) == [StreamlitDuplicateElementId]
        assert not [m for m in at.markdown if m.value == "No clash"]


# --8<-- [end:test_twins_differing_only_in_disabled_or_callback_clash]


# --8<-- [start:test_data_editor_disabled_columns_are_part_of_its_id]
def test_data_editor_disabled_columns_are_part_of_its_id(app, raised):
    """st.data_editor turns a list for `disabled` into column config entries
    (update_column_config), and hashes column_config_mapping into its ID."""
    at = app(f"{PAGE}/data_editor_disabled_columns.py").run()
    assert raised(at) == []
    assert at.markdown[0].value == "No clash"


# --8<-- [end:test_data_editor_disabled_columns_are_part_of_its_id]


def test_twins_example_lists_every_widget_command(app, raised):
    at = app(TWINS).run()
    assert set(at.selectbox[0].options) == widget_commands()
    assert raised(at) == [StreamlitDuplicateElementId]  # audio_input, drawn twice


IDENTITY = f"{PAGE}/keyed_widget_identity.py"


def keyed_rows(app):
    at = app(IDENTITY).run()
    return at.selectbox[0].options


RESETS = [
    "slider: min_value",
    "slider: max_value",
    "slider: step",
    "selectbox: accept_new_options",
    "multiselect: max_selections",
    "multiselect: accept_new_options",
    "pills: selection_mode",
    "segmented_control: selection_mode",
    "feedback: options",
    "text_input: max_chars",
    "text_input: validate",
    "text_area: max_chars",
    "date_input: format",
    "time_input: step",
    "datetime_input: format",
    "datetime_input: step",
    "file_uploader: type",
    "file_uploader: accept_multiple_files",
    "file_uploader: max_upload_size",
    "chat_input: accept_file",
    "chat_input: file_type",
    "chat_input: max_chars",
    "chat_input: max_upload_size",
    "data_editor: number of rows",
    "data_editor: column names",
    "data_editor: column types",
    "data_editor: num_rows",
    "data_editor: disabled",
    "data_editor, num_rows='dynamic': its data",
    "expander, on_change set: label",
    "tabs, on_change set: tabs",
    "popover, on_change set: label",
    "popover, on_change set: disabled",
]
KEEPS = [
    "audio_input: label",
    "button: label",
    "camera_input: label",
    "chat_input: placeholder",
    "checkbox: label",
    "color_picker: label",
    "data_editor: its data",
    "data_editor, num_rows='dynamic': disabled",
    "date_input: min_value",
    "download_button: label",
    "form_submit_button: label",
    "link_button: label",
    "menu_button: label",
    "multiselect: options",
    "number_input: max_value",
    "pagination: num_pages",
    "radio: options",
    "select_slider: options",
    "selectbox: options",
    "slider: label",
    "text_area: label",
    "text_input: label",
    "time_input: label",
    "toggle: label",
]


# --8<-- [start:test_keyed_parameters_that_give_a_new_id]
@pytest.mark.parametrize("row", RESETS + KEEPS)
def test_keyed_parameters_that_give_a_new_id(app, row):
    """Each widget's compute_and_register_element_id(..., key_as_main_identity=)
    call: True hashes the key alone, a set adds those kwargs, False (stateful
    expander, tabs, popover) hashes every kwarg. st.data_editor swaps its data for
    a schema signature only with a key and num_rows="fixed"."""
    at = app(IDENTITY).run()
    at.selectbox[0].select(row).run()
    before = widget_id(at, "w")

    at.toggle[0].set_value(True).run()  # Change the one parameter.
    assert (widget_id(at, "w") != before) == (row in RESETS)


# --8<-- [end:test_keyed_parameters_that_give_a_new_id]


def test_identity_table_covers_every_widget_command(app):
    rows = keyed_rows(app)
    assert sorted(rows) == sorted(RESETS + KEEPS)
    assert {command_of(r) for r in rows} == widget_commands()


# --8<-- [start:test_keyed_selectbox_keeps_its_value_when_options_change]
def test_keyed_selectbox_keeps_its_value_when_options_change(app):
    at = app(f"{PAGE}/selectbox_options_change.py").run()
    at.selectbox(key="drink").select("tea").run()
    before = widget_id(at, "drink")

    at.toggle[0].set_value(True).run()  # New options, "tea" still among them.
    assert widget_id(at, "drink") == before
    assert at.markdown[0].value == "Drink: tea"


# --8<-- [end:test_keyed_selectbox_keeps_its_value_when_options_change]


# --8<-- [start:test_keyed_selectbox_resets_when_its_value_leaves_the_options]
def test_keyed_selectbox_resets_when_its_value_leaves_the_options(app):
    """streamlit.elements.widgets.selectbox: a stored value that is not an option
    is replaced by the default (here the first option) and written back."""
    at = app(f"{PAGE}/selectbox_options_change.py").run()
    at.selectbox(key="drink").select("lemonade").run()
    before = widget_id(at, "drink")

    at.toggle[0].set_value(True).run()  # No lemonade in winter.
    assert widget_id(at, "drink") == before  # Same widget...
    assert at.markdown[0].value == "Drink: tea"  # ...back at its default.
    assert at.session_state["drink"] == "tea"


# --8<-- [end:test_keyed_selectbox_resets_when_its_value_leaves_the_options]


# --8<-- [start:test_a_key_set_in_an_earlier_run_wins_over_the_default]
def test_a_key_set_in_an_earlier_run_wins_over_the_default(app, policy_log):
    """SessionState.register_widget: a widget new to this run takes a value already
    under its key; check_session_state_rules warns only for a key set this run."""
    at = app(f"{PAGE}/key_set_in_an_earlier_run.py").run()
    at.button[0].click().run()  # Sets "speed" while no slider exists.
    assert not at.slider

    at.toggle[0].set_value(True).run()  # A later run draws the slider.
    assert at.markdown[0].value == "Speed: 7"  # Not its default of 3.
    assert not [r for r in policy_log.records if DUPLICATION_WARNING in r.msg]


# --8<-- [end:test_a_key_set_in_an_earlier_run_wins_over_the_default]


# --8<-- [start:test_equal_default_and_session_state_value_warn_too]
@pytest.mark.correction_2024
def test_equal_default_and_session_state_value_warn_too(app, policy_log):
    """check_session_state_rules compares nothing: a default that is not None
    plus a key set in this run is enough."""
    at = app(f"{PAGE}/equal_default_and_session_state.py").run()
    assert at.markdown[0].value == "Speed: 3"
    assert len([r for r in policy_log.records if DUPLICATION_WARNING in r.msg]) == 1


# --8<-- [end:test_equal_default_and_session_state_value_warn_too]


# --8<-- [start:test_widget_drawn_by_a_callback_lasts_one_run]
def test_widget_drawn_by_a_callback_lasts_one_run(app):
    at = app(f"{PAGE}/widget_in_callback.py").run()
    at.button[0].click().run()  # The callback draws the checkbox, above the page.
    assert [c.label for c in at.checkbox] == ["Yes, delete everything"]

    at.checkbox[0].check().run()
    assert not at.checkbox  # Gone: no callback ran this time.
    assert at.markdown[0].value == "Confirmed: True"  # Readable for this run...

    at.run()
    assert at.markdown[0].value == "Confirmed: None"  # ...then cleaned up.


# --8<-- [end:test_widget_drawn_by_a_callback_lasts_one_run]


# --8<-- [start:test_runs_that_end_early_skip_the_cleanup]
@pytest.mark.parametrize(
    ("end_with", "error", "kept"),
    [
        ("its last line", None, 0),
        ("st.stop()", None, 4),
        ("st.rerun()", None, 4),
        ("an error", RuntimeError, 4),
    ],
)
@pytest.mark.changed_since_2024
def test_runs_that_end_early_skip_the_cleanup(app, raised, end_with, error, kept):
    """ScriptRunner._on_script_finished calls SessionState.on_script_finished only
    when not premature_stop (st.stop(), an exception), and with
    remove_stale_widgets=False when the run stopped for st.rerun()."""
    at = app(f"{PAGE}/skipped_cleanup.py").run()
    at.number_input(key="min_rating").set_value(4)
    at.radio[0].set_value(end_with).run()

    at.button[0].click().run()  # One run that skips the number input.
    assert raised(at) == ([error] if error else [])
    at.run()
    assert at.number_input(key="min_rating").value == kept
    assert at.markdown[0].value == f"Minimum rating: {kept}"


# --8<-- [end:test_runs_that_end_early_skip_the_cleanup]


# --8<-- [start:test_persist_state_page_keeps_a_hidden_widget_until_a_page_switch]
def test_persist_state_page_keeps_a_hidden_widget_until_a_page_switch(app):
    """PersistedWidgetTracker.should_preserve: "page" preserves a stale widget only
    on its own page; mark_page_switch_drops drops it on a page switch."""
    at = app(f"{PAGE}/persist_state_page.py").run()
    at.number_input(key="min_rating").set_value(4).run()

    at.toggle[0].set_value(False).run()  # Hidden, same page.
    at.run()
    assert at.session_state["min_rating"] == 4
    at.toggle[0].set_value(True).run()
    assert at.number_input(key="min_rating").value == 4

    at.sidebar.button[1].click().run()  # To the Results page.
    at.run()  # And one more run there.
    assert at.markdown[0].value == "Minimum rating: None"
    at.sidebar.button[0].click().run()  # Back to Filters.
    assert at.number_input(key="min_rating").value == 0


# --8<-- [end:test_persist_state_page_keeps_a_hidden_widget_until_a_page_switch]


# --8<-- [start:test_store_and_load_callbacks_keep_the_value_across_pages]
def test_store_and_load_callbacks_keep_the_value_across_pages(app):
    at = app(f"{PAGE}/store_and_load_callbacks.py").run()
    at.number_input(key="_rating").set_value(4).run()

    at.sidebar.button[1].click().run()  # To the Results page.
    at.run()
    assert "_rating" not in at.session_state  # The widget key is gone...
    assert at.markdown[0].value == "Showing items rated 4+"  # ...the copy is not.

    at.sidebar.button[0].click().run()  # Back to Filters: load() ran first.
    assert at.number_input(key="_rating").value == 4
    at.number_input(key="_rating").set_value(2).run()
    assert at.session_state["rating"] == 2  # store() ran on the change.


# --8<-- [end:test_store_and_load_callbacks_keep_the_value_across_pages]


# --8<-- [start:test_fragment_rerun_keeps_widgets_outside_it]
@pytest.mark.browser
def test_fragment_rerun_keeps_widgets_outside_it(serve, page):
    """_is_stale_widget: during a fragment run, a widget outside the running
    fragments is not stale, so _remove_stale_widgets keeps it."""
    page.goto(serve(f"{PAGE}/fragment_rerun_keeps_widgets.py"))
    rating = page.get_by_label("Minimum rating")
    rating.fill("4")
    rating.press("Enter")  # A full run: the clock's run 2.
    for run in (2, 3, 4):  # Then two fragment runs without the number input.
        expect(page.get_by_text(f"Clock run {run}, key in")).to_be_visible(
            timeout=BROWSER_WAIT_MS
        )
        if run < 4:
            page.get_by_role("button", name="Refresh the clock").click()
    expect(page.get_by_text("Clock run 4, key in Session State: True")).to_be_visible()
    expect(page.get_by_text("Full runs: 2")).to_be_visible()  # Two fragment runs.
    expect(rating).to_have_value("4")


# --8<-- [end:test_fragment_rerun_keeps_widgets_outside_it]


# --8<-- [start:test_deleting_the_key_desyncs_script_and_browser]
@pytest.mark.browser
@pytest.mark.correction_2024
def test_deleting_the_key_desyncs_script_and_browser(serve, page):
    """SessionState.__delitem__ drops the key and the widget's value; the next
    register_widget stores the default but reports no change, so the frontend
    is not told, and it sends its old value again with the next rerun."""
    page.goto(serve(f"{PAGE}/delete_key_to_reset.py"))
    note = page.get_by_label("Note")
    note.fill("milk")
    note.press("Enter")
    expect(page.get_by_text("The script gets: 'milk'")).to_be_visible(
        timeout=BROWSER_WAIT_MS
    )

    page.get_by_role("button", name="Delete the key").click()
    expect(page.get_by_text("The script gets: ''")).to_be_visible(
        timeout=BROWSER_WAIT_MS
    )
    expect(note).to_have_value("milk")  # The box still shows the old text.

    page.get_by_role("button", name="Rerun").click()  # Any rerun brings it back.
    expect(page.get_by_text("The script gets: 'milk'")).to_be_visible(
        timeout=BROWSER_WAIT_MS
    )


# --8<-- [end:test_deleting_the_key_desyncs_script_and_browser]


# --8<-- [start:test_setting_the_key_resets_script_and_browser]
@pytest.mark.browser
def test_setting_the_key_resets_script_and_browser(serve, page):
    page.goto(serve(f"{PAGE}/delete_key_to_reset.py"))
    note = page.get_by_label("Note")
    note.fill("milk")
    note.press("Enter")
    expect(page.get_by_text("The script gets: 'milk'")).to_be_visible(
        timeout=BROWSER_WAIT_MS
    )

    page.get_by_role("button", name="Set the key to an empty string").click()
    expect(note).to_have_value("")
    page.get_by_role("button", name="Rerun").click()
    expect(page.get_by_text("The script gets: ''")).to_be_visible(
        timeout=BROWSER_WAIT_MS
    )
    expect(note).to_have_value("")


# --8<-- [end:test_setting_the_key_resets_script_and_browser]


# --8<-- [start:test_bound_widget_keeps_its_value_while_hidden]
def test_bound_widget_keeps_its_value_while_hidden(app):
    """SessionState._remove_stale_widgets preserves a stale widget whose ID is in
    _query_param_bound_widget_ids, as it does for persist_state."""
    at = app(f"{PAGE}/bind_keeps_hidden_value.py").run()
    at.number_input(key="min_rating").set_value(4).run()

    at.toggle[0].set_value(False).run()
    at.run()  # Two runs without the widget.
    assert at.markdown[0].value == "Minimum rating: 4"

    at.toggle[0].set_value(True).run()
    assert at.number_input(key="min_rating").value == 4


# --8<-- [end:test_bound_widget_keeps_its_value_while_hidden]
