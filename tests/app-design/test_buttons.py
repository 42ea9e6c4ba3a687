"""Claims of docs/app-design/buttons.md."""

import re
import sys

import pytest
from conftest import BROWSER_WAIT_MS
from streamlit.errors import (
    DuplicateWidgetID,
    StreamlitDuplicateElementId,
    StreamlitDuplicateElementKey,
    StreamlitWidgetAlreadyInstantiatedError,
)

PAGE = "app-design/buttons"


def runs_of_slow_work():
    """How often slow_work.crunch really ran in this test (all sessions share it)."""
    return sys.modules["slow_work"].runs


# --8<-- [start:test_button_is_true_only_on_the_run_its_click_starts]
NEXT_RUN = {  # what starts the run after a click, and what the button returns
    "another widget": (lambda at: at.checkbox[0].check(), False),
    "another button": (lambda at: at.button[1].click(), False),
    "a rerun without input": (lambda at: at, False),
    "the same button again": (lambda at: at.button[0].click(), True),
}


@pytest.mark.parametrize("cause", NEXT_RUN)
def test_button_is_true_only_on_the_run_its_click_starts(app, cause):
    """SessionState.on_script_will_rerun calls _reset_triggers, which sets every
    button's value back to False, before it applies the widget states that came
    with the new run; True comes only from a click in them (or its replay, when
    a callback asks for a fragment rerun, which this page does not cover). A run
    started by st.rerun() is tested with header_fixed_with_rerun.py below."""
    start_next_run, expected = NEXT_RUN[cause]
    at = app(f"{PAGE}/click_is_true_for_one_rerun.py").run()
    assert at.markdown[0].value == "`st.button` returned `False` on this run."

    at.button[0].click().run()
    assert at.markdown[0].value == "`st.button` returned `True` on this run."

    start_next_run(at).run()
    assert at.markdown[0].value == f"`st.button` returned `{expected}` on this run."


# --8<-- [end:test_button_is_true_only_on_the_run_its_click_starts]


# --8<-- [start:test_message_under_a_button_goes_away_on_the_next_rerun]
def test_message_under_a_button_goes_away_on_the_next_rerun(app):
    at = app(f"{PAGE}/temporary_message.py").run()
    at.text_input[0].input("spring10").run()
    assert not at.success  # nothing until the click

    at.button[0].click().run()
    assert at.success[0].value == "That code works."

    at.text_input[0].input("nope").run()
    assert not at.success and not at.error  # the message is gone

    at.button[0].click().run()
    assert at.error[0].value == "Unknown code."


# --8<-- [end:test_message_under_a_button_goes_away_on_the_next_rerun]


# --8<-- [start:test_side_effect_under_a_button_runs_once_per_click]
def test_side_effect_under_a_button_runs_once_per_click(app, tmp_path, monkeypatch):
    feedback = tmp_path / "feedback.txt"
    monkeypatch.setenv("FEEDBACK_FILE", str(feedback))
    at = app(f"{PAGE}/save_once_per_click.py").run()
    at.text_input[0].input("Great app").run()
    assert not feedback.exists()  # typing alone writes nothing

    at.button[0].click().run()
    assert feedback.read_text() == "Great app\n"

    at.text_input[0].input("Still great").run()  # other reruns ...
    at.run()
    assert feedback.read_text() == "Great app\n"  # ... write nothing

    at.button[0].click().run()  # the next click writes again
    assert feedback.read_text() == "Great app\nStill great\n"


# --8<-- [end:test_side_effect_under_a_button_runs_once_per_click]


# --8<-- [start:test_state_set_by_a_button_callback_outlives_the_click]
def test_state_set_by_a_button_callback_outlives_the_click(app):
    at = app(f"{PAGE}/stateful_button.py").run()
    assert not at.slider

    at.button[0].click().run()
    assert at.markdown[0].value == "Details are open."

    at.slider(key="zoom").set_value(7).run()  # a later rerun, button is False
    assert at.markdown[0].value == "Details are open."
    assert at.slider(key="zoom").value == 7


# --8<-- [end:test_state_set_by_a_button_callback_outlives_the_click]


# --8<-- [start:test_button_callback_toggles_a_widget_on_and_off]
def test_button_callback_toggles_a_widget_on_and_off(app):
    at = app(f"{PAGE}/toggle_button.py").run()
    assert at.markdown[0].value == "Advanced options: off"
    assert not at.slider

    at.button[0].click().run()
    assert at.markdown[0].value == "Advanced options: on"
    at.slider(key="retries").set_value(3).run()  # usable: it does not vanish
    assert at.markdown[0].value == "Advanced options: on"
    assert at.slider(key="retries").value == 3

    at.button[0].click().run()
    assert at.markdown[0].value == "Advanced options: off"
    assert not at.slider


# --8<-- [end:test_button_callback_toggles_a_widget_on_and_off]


# --8<-- [start:test_button_callback_toggles_disabled]
def test_button_callback_toggles_disabled(app):
    at = app(f"{PAGE}/toggle_disables_widget.py").run()
    assert not at.slider[0].disabled

    at.button[0].click().run()
    assert at.slider[0].disabled

    at.run()  # stays locked on later reruns
    assert at.slider[0].disabled

    at.button[0].click().run()
    assert not at.slider[0].disabled


# --8<-- [end:test_button_callback_toggles_disabled]


# --8<-- [start:test_toggle_and_checkbox_keep_their_value_across_reruns]
SWITCHES = {"toggle": "slider", "checkbox": "text_area"}  # switch: what it shows


@pytest.mark.parametrize("kind", SWITCHES)
def test_toggle_and_checkbox_keep_their_value_across_reruns(app, kind):
    at = app(f"{PAGE}/toggle_widget.py").run()

    def switch():
        return getattr(at, kind)[0]

    def shown():
        return len(getattr(at, SWITCHES[kind]))

    assert shown() == 0
    switch().set_value(True).run()
    assert shown() == 1

    at.run()  # a later rerun: still on, with no session state code
    assert switch().value is True
    assert shown() == 1

    switch().set_value(False).run()
    assert shown() == 0


# --8<-- [end:test_toggle_and_checkbox_keep_their_value_across_reruns]


# --8<-- [start:test_stage_in_session_state_drives_a_multi_step_flow]
def test_stage_in_session_state_drives_a_multi_step_flow(app):
    at = app(f"{PAGE}/stages_of_a_process.py").run()
    assert [b.label for b in at.button] == ["Start order"]
    assert not at.text_input

    at.button[0].click().run()
    assert at.session_state["step"] == 1
    assert not at.button  # "Start order" is only drawn at step 0

    at.text_input[0].input("Ada").run()
    assert at.session_state["step"] == 2
    assert at.markdown.values == ["Hi Ada!"]

    at.selectbox[0].select("large").run()
    assert at.session_state["step"] == 3
    assert at.markdown.values == ["Hi Ada!", "One large coffee for Ada."]
    assert at.text_input[0].value == "Ada"  # earlier steps are still on the page
    assert at.selectbox[0].value == "large"

    at.button[0].click().run()  # "Start over"
    assert at.session_state["step"] == 0
    assert [b.label for b in at.button] == ["Start order"]


# --8<-- [end:test_stage_in_session_state_drives_a_multi_step_flow]


# --8<-- [start:test_changing_an_earlier_step_sends_the_flow_back]
def test_changing_an_earlier_step_sends_the_flow_back(app):
    at = app(f"{PAGE}/stages_of_a_process.py").run()
    at.button[0].click().run()
    at.text_input[0].input("Ada").run()
    at.selectbox[0].select("large").run()

    at.text_input[0].input("Bob").run()
    assert at.session_state["step"] == 2
    assert at.selectbox[0].value is None  # the size must be picked again
    assert at.markdown.values == ["Hi Bob!"]


# --8<-- [end:test_changing_an_earlier_step_sends_the_flow_back]


# --8<-- [start:test_header_above_the_button_lags_one_run_behind]
def test_header_above_the_button_lags_one_run_behind(app):
    at = app(f"{PAGE}/header_lags_behind_button.py").run()
    at.button[0].click().run()
    assert at.subheader[0].value == "Now serving ticket 1"  # still the old value
    assert at.caption[0].value == "Ticket in session state: 2"

    at.run()  # the next rerun catches up
    assert at.subheader[0].value == "Now serving ticket 2"

    at.button[0].click().run()  # the same lag on every click
    assert at.subheader[0].value == "Now serving ticket 2"
    assert at.caption[0].value == "Ticket in session state: 3"


# --8<-- [end:test_header_above_the_button_lags_one_run_behind]


# --8<-- [start:test_callback_updates_state_before_the_header_is_drawn]
def test_callback_updates_state_before_the_header_is_drawn(app):
    at = app(f"{PAGE}/header_fixed_with_callback.py").run()
    at.button[0].click().run()
    assert at.subheader[0].value == "Now serving ticket 2"
    assert at.caption[0].value == "Ticket in session state: 2"
    assert at.session_state["runs"] == 2  # one run per click

    at.button[0].click().run()
    assert at.subheader[0].value == "Now serving ticket 3"
    assert at.session_state["runs"] == 3


# --8<-- [end:test_callback_updates_state_before_the_header_is_drawn]


# --8<-- [start:test_st_rerun_fixes_the_header_at_the_cost_of_a_second_run]
def test_st_rerun_fixes_the_header_at_the_cost_of_a_second_run(app):
    at = app(f"{PAGE}/header_fixed_with_rerun.py").run()
    assert at.session_state["runs"] == 1

    at.button[0].click().run()
    assert at.subheader[0].value == "Now serving ticket 2"
    assert at.caption[0].value == "Ticket in session state: 2"
    assert at.session_state["runs"] == 3  # the click's run, then st.rerun()'s
    assert "after_rerun" not in at.session_state  # the line after st.rerun()

    at.button[0].click().run()
    assert at.subheader[0].value == "Now serving ticket 3"
    assert at.session_state["runs"] == 5


# --8<-- [end:test_st_rerun_fixes_the_header_at_the_cost_of_a_second_run]


# --8<-- [start:test_setting_a_widget_key_after_the_widget_raises]
def test_setting_a_widget_key_after_the_widget_raises(app, raised):
    """SessionState.__setitem__ raises when the key's widget ID is already in
    this run's widget_ids_this_run; that set starts empty on every run."""
    at = app(f"{PAGE}/widget_changed_after_render.py").run()
    at.text_input(key="query").input("boots").run()

    at.button[0].click().run()
    assert raised(at) == [StreamlitWidgetAlreadyInstantiatedError]
    assert at.text_input(key="query").value == "boots"  # unchanged
    assert at.session_state["query"] == "boots"  # the write did not happen


# --8<-- [end:test_setting_a_widget_key_after_the_widget_raises]


# --8<-- [start:test_st_rerun_after_the_write_does_not_help]
def test_st_rerun_after_the_write_does_not_help(app, raised):
    at = app(f"{PAGE}/widget_changed_then_rerun.py").run()
    at.text_input(key="query").input("boots").run()

    at.button[0].click().run()
    assert raised(at) == [StreamlitWidgetAlreadyInstantiatedError]
    assert at.text_input(key="query").value == "boots"


# --8<-- [end:test_st_rerun_after_the_write_does_not_help]


# --8<-- [start:test_callback_can_set_another_widget]
def test_callback_can_set_another_widget(app):
    at = app(f"{PAGE}/widget_reset_by_callback.py").run()
    at.text_input(key="query").input("boots").run()

    at.button[0].click().run()  # "Clear"
    assert not at.exception
    assert at.text_input(key="query").value == ""

    at.button[1].click().run()  # "Example"
    assert at.text_input(key="query").value == "red shoes"


# --8<-- [end:test_callback_can_set_another_widget]


# --8<-- [start:test_button_key_read_before_the_widget_can_set_it]
def test_button_key_read_before_the_widget_can_set_it(app):
    at = app(f"{PAGE}/widget_reset_by_button_key.py").run()
    assert not at.exception  # .get() on the first run, before the buttons exist
    at.text_input(key="query").input("boots").run()

    at.button(key="clear").click().run()
    assert not at.exception
    assert at.text_input(key="query").value == ""

    at.button(key="example").click().run()
    assert at.text_input(key="query").value == "red shoes"


# --8<-- [end:test_button_key_read_before_the_widget_can_set_it]


# --8<-- [start:test_button_key_exists_only_after_the_button_is_drawn]
@pytest.mark.correction_2024
def test_button_key_exists_only_after_the_button_is_drawn(app):
    at = app(f"{PAGE}/button_key_exists_after_first_draw.py").run()
    assert at.markdown[0].value == "`clear` in session state: `False`"
    assert at.markdown[1].value == "`st.session_state.get('clear')`: `None`"

    at.run()
    assert at.markdown[0].value == "`clear` in session state: `True`"
    assert at.markdown[1].value == "`st.session_state.get('clear')`: `False`"


# --8<-- [end:test_button_key_exists_only_after_the_button_is_drawn]


# --8<-- [start:test_button_key_is_true_from_the_first_line_of_the_click_run]
def test_button_key_is_true_from_the_first_line_of_the_click_run(app):
    at = app(f"{PAGE}/button_key_exists_after_first_draw.py").run()
    at.button(key="clear").click().run()
    # Both lines ran above the button, and already see the click.
    assert at.markdown[1].value == "`st.session_state.get('clear')`: `True`"

    at.run()  # the next run: False again
    assert at.markdown[1].value == "`st.session_state.get('clear')`: `False`"


# --8<-- [end:test_button_key_is_true_from_the_first_line_of_the_click_run]


# --8<-- [start:test_rerun_applies_a_pending_value_before_the_widget]
def test_rerun_applies_a_pending_value_before_the_widget(app):
    at = app(f"{PAGE}/widget_reset_by_rerun.py").run()
    at.text_input(key="query").input("boots").run()

    at.button[0].click().run()  # "Clear"
    assert not at.exception
    assert at.text_input(key="query").value == ""
    assert "next_query" not in at.session_state  # used up

    at.button[1].click().run()  # "Example"
    assert at.text_input(key="query").value == "red shoes"


# --8<-- [end:test_rerun_applies_a_pending_value_before_the_widget]


# --8<-- [start:test_container_lets_a_later_widget_show_first]
def test_container_lets_a_later_widget_show_first(app):
    at = app(f"{PAGE}/widget_reset_via_container.py").run()
    first = list(at.main.children.values())[0]
    assert first.text_input[0].key == "query"  # on top of the page

    at.text_input(key="query").input("boots").run()
    at.button[0].click().run()  # "Clear"
    assert not at.exception
    assert at.text_input(key="query").value == ""

    at.button[1].click().run()  # "Example"
    assert at.text_input(key="query").value == "red shoes"


# --8<-- [end:test_container_lets_a_later_widget_show_first]


# --8<-- [start:test_rows_added_by_a_button_need_unique_keys]
def test_rows_added_by_a_button_need_unique_keys(app):
    at = app(f"{PAGE}/rows_with_unique_keys.py").run()
    assert not at.text_input

    at.button[0].click().run()
    at.button[0].click().run()
    assert len(at.text_input) == 2

    at.text_input(key="name_0").input("Ann").run()
    at.text_input(key="name_1").input("Ben").run()
    at.selectbox(key="meal_1").select("pasta").run()
    assert not at.exception
    assert at.markdown.values == ["1. Ann: fish", "2. Ben: pasta"]


# --8<-- [end:test_rows_added_by_a_button_need_unique_keys]


# --8<-- [start:test_repeated_key_raises_duplicate_element_key]
@pytest.mark.changed_since_2024
def test_repeated_key_raises_duplicate_element_key(app, raised):
    at = app(f"{PAGE}/rows_with_repeated_key.py").run()
    at.button[0].click().run()
    assert not at.exception  # one row is fine

    at.button[0].click().run()  # the second row repeats key="name"
    assert raised(at) == [StreamlitDuplicateElementKey]
    assert len(at.text_input) == 1  # the first row was drawn, the second failed
    assert issubclass(StreamlitDuplicateElementKey, DuplicateWidgetID)


# --8<-- [end:test_repeated_key_raises_duplicate_element_key]


# --8<-- [start:test_unkeyed_buttons_with_one_label_clash]
def test_unkeyed_buttons_with_one_label_clash(app, raised):
    """elements.lib.utils.compute_and_register_element_id: without a key, a
    button's ID hashes its label, icon, help, type, width, icon_position and
    shortcut, plus its page, form and root (main area or sidebar), but not the
    column it is in (nor on_click, args or kwargs)."""
    at = app(f"{PAGE}/row_buttons_without_keys.py").run()
    assert raised(at) == [StreamlitDuplicateElementId]
    assert [b.label for b in at.button] == ["Done"]  # the second row failed
    assert issubclass(StreamlitDuplicateElementId, DuplicateWidgetID)


# --8<-- [end:test_unkeyed_buttons_with_one_label_clash]


# --8<-- [start:test_unkeyed_buttons_with_different_labels_work]
def test_unkeyed_buttons_with_different_labels_work(app):
    at = app(f"{PAGE}/row_buttons_labelled.py").run()
    assert len(at.button) == 2

    at.button[1].click().run()
    assert at.markdown[-1].value == "Done: ['Pay the rent']"  # the right row


# --8<-- [end:test_unkeyed_buttons_with_different_labels_work]


# --8<-- [start:test_result_saved_in_session_state_is_computed_once]
def test_result_saved_in_session_state_is_computed_once(app):
    at = app(f"{PAGE}/result_kept_in_session_state.py").run()
    assert not at.markdown

    at.button[0].click().run()
    assert at.markdown.values == ["Result for 3: [0, 1, 4]"]
    assert runs_of_slow_work() == 1

    at.number_input[0].set_value(4).run()  # other reruns ...
    assert not at.markdown  # nothing stored for 4, and nothing computed
    at.number_input[0].set_value(3).run()
    assert at.markdown.values == ["Result for 3: [0, 1, 4]"]
    assert runs_of_slow_work() == 1  # ... reuse it


# --8<-- [end:test_result_saved_in_session_state_is_computed_once]


# --8<-- [start:test_session_state_result_belongs_to_one_session]
def test_session_state_result_belongs_to_one_session(app):
    """Each AppTest has its own SessionState, as each browser tab's AppSession
    does, so two AppTests are two sessions here."""
    alice = app(f"{PAGE}/result_kept_in_session_state.py").run()
    alice.button[0].click().run()

    bob = app(f"{PAGE}/result_kept_in_session_state.py").run()
    assert not bob.markdown  # Alice's result is not Bob's

    bob.button[0].click().run()
    assert runs_of_slow_work() == 2  # so Bob computes it again


# --8<-- [end:test_session_state_result_belongs_to_one_session]


# --8<-- [start:test_cached_result_is_shared_across_sessions]
@pytest.mark.browser
def test_cached_result_is_shared_across_sessions(serve, page):
    """DataCaches.get_cache keys a scope="global" cache by None instead of a
    session ID. A browser is needed: every AppTest has the same session ID."""
    from playwright.sync_api import expect

    url = serve(f"{PAGE}/result_kept_in_cache.py")
    alice, bob = page, page.context.new_page()  # two tabs, two sessions
    for tab in (alice, bob):
        tab.goto(url)
        expect(tab.get_by_text("crunch ran 0 times")).to_be_visible(
            timeout=BROWSER_WAIT_MS
        )

    for tab in (alice, bob):
        tab.get_by_role("button", name="Crunch", exact=True).click()
        expect(tab.get_by_text("Result for 3: [0, 1, 4]")).to_be_visible(
            timeout=BROWSER_WAIT_MS
        )
        # Bob's run shows 1, not 2: he got Alice's result without crunching.
        expect(tab.get_by_text(re.compile("^crunch ran"))).to_have_text(
            "crunch ran 1 times in all", timeout=BROWSER_WAIT_MS
        )


# --8<-- [end:test_cached_result_is_shared_across_sessions]


# --8<-- [start:test_session_scoped_cache_is_reused_in_its_session]
@pytest.mark.parametrize("cache", ["cache_data", "cache_resource"])
def test_session_scoped_cache_is_reused_in_its_session(app, cache):
    at = app(f"{PAGE}/result_cached_per_session.py").run()

    def click():
        [button] = [b for b in at.button if b.label == f"Crunch with {cache}"]
        button.click().run()

    click()
    assert at.markdown.values == ["Result: [0, 1, 4]"]
    assert runs_of_slow_work() == 1

    click()  # the same session: its cached result, no new run
    assert at.markdown.values == ["Result: [0, 1, 4]"]
    assert runs_of_slow_work() == 1


# --8<-- [end:test_session_scoped_cache_is_reused_in_its_session]


# --8<-- [start:test_session_scoped_cache_is_not_shared]
@pytest.mark.browser
@pytest.mark.parametrize("cache", ["cache_data", "cache_resource"])
@pytest.mark.changed_since_2024
def test_session_scoped_cache_is_not_shared(serve, page, cache):
    """DataCaches/ResourceCaches.get_cache key the cache by session ID when
    scope="session". A browser is needed: every AppTest has one session ID."""
    from playwright.sync_api import expect

    url = serve(f"{PAGE}/result_cached_per_session.py")
    alice, bob = page, page.context.new_page()  # two tabs, two sessions
    for tab in (alice, bob):
        tab.goto(url)
        expect(tab.get_by_text("Run 1:")).to_be_visible(timeout=BROWSER_WAIT_MS)

    def click(tab, run, crunched):
        tab.get_by_role("button", name=f"Crunch with {cache}").click()
        expect(tab.get_by_text(re.compile("^Run "))).to_have_text(
            f"Run {run}: crunch ran {crunched} times in all", timeout=BROWSER_WAIT_MS
        )

    click(alice, run=2, crunched=1)
    click(alice, run=3, crunched=1)  # the same session reuses its result
    click(bob, run=2, crunched=2)  # another session computes its own


# --8<-- [end:test_session_scoped_cache_is_not_shared]


# --8<-- [start:test_cache_clear_with_arguments_drops_one_entry]
@pytest.mark.changed_since_2024
def test_cache_clear_with_arguments_drops_one_entry(app):
    at = app(f"{PAGE}/result_kept_in_cache.py").run()
    at.button[0].click().run()  # caches rows=3
    at.number_input[0].set_value(4).run()
    at.button[0].click().run()  # caches rows=4
    assert runs_of_slow_work() == 2

    at.button[1].click().run()  # forget rows=4 only
    at.button[0].click().run()
    assert runs_of_slow_work() == 3  # rows=4 is computed again

    at.number_input[0].set_value(3).run()
    at.button[0].click().run()
    assert at.markdown.values == ["Result for 3: [0, 1, 4]"]
    assert runs_of_slow_work() == 3  # rows=3 was still cached


# --8<-- [end:test_cache_clear_with_arguments_drops_one_entry]


# --8<-- [start:test_button_nested_in_a_button_does_not_fire]
def test_button_nested_in_a_button_does_not_fire(app):
    at = app(f"{PAGE}/nested_buttons.py").run()
    at.button[0].click().run()  # "Delete all files"
    assert at.warning[0].value == "Are you sure?"
    assert [b.label for b in at.button] == ["Delete all files", "Yes, delete"]

    at.button[1].click().run()  # "Yes, delete"
    assert [b.label for b in at.button] == ["Delete all files"]  # confirm is gone
    assert not at.warning
    assert at.session_state["files"] == 3  # nothing was deleted
    assert at.markdown.values == ["Files left: 3"]


# --8<-- [end:test_button_nested_in_a_button_does_not_fire]


# --8<-- [start:test_nested_button_callback_still_runs]
def test_nested_button_callback_still_runs(app):
    """SessionState._call_callbacks runs the callback that the previous run
    registered for the clicked button, before the script decides what to draw."""
    at = app(f"{PAGE}/nested_button_with_callback.py").run()
    at.button[0].click().run()  # "Delete all files"
    at.button[1].click().run()  # "Yes, delete"
    assert at.session_state["files"] == 0
    assert at.markdown.values == ["Files left: 0"]
    assert [b.label for b in at.button] == ["Delete all files"]  # confirm is gone


# --8<-- [end:test_nested_button_callback_still_runs]


# --8<-- [start:test_widget_nested_in_a_button_vanishes_when_used]
def test_widget_nested_in_a_button_vanishes_when_used(app):
    at = app(f"{PAGE}/widget_nested_in_button.py").run()
    assert not at.number_input

    at.button[0].click().run()
    assert len(at.number_input) == 1
    assert not at.metric  # no value entered yet

    at.number_input[0].set_value(4).run()
    assert not at.number_input  # the input disappeared
    assert not at.metric  # and the cost was never shown


# --8<-- [end:test_widget_nested_in_a_button_vanishes_when_used]


# --8<-- [start:test_result_not_saved_is_lost_on_the_next_rerun]
def test_result_not_saved_is_lost_on_the_next_rerun(app, raised):
    at = app(f"{PAGE}/result_not_kept.py").run()
    at.button[0].click().run()  # "Build table"
    assert at.json[0].value == "[[0, 0], [0, 1]]"

    at.number_input[0].set_value(3).run()
    assert not at.json  # the table is gone

    at.button[1].click().run()  # "Save table"
    assert raised(at) == [NameError]


# --8<-- [end:test_result_not_saved_is_lost_on_the_next_rerun]
