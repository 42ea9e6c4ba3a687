"""Claims of docs/custom-components/components-v2.md.

st.components.v2.component (components/v2/__init__.py) registers a definition
with the runtime's BidiComponentManager and returns a mount callable, which
calls DeltaGenerator._bidi_component (bidi_component/main.py): it registers one
state widget (setStateValue) and one trigger aggregator widget (setTriggerValue)
and returns a ComponentResult (bidi_component/state.py). The JavaScript runs only
in the browser (frontend BidiComponent), so what it does is proven in Chromium.
"""

import inspect

import pytest
import streamlit as st
from conftest import BROWSER_WAIT_MS, shown
from playwright.sync_api import expect
from streamlit.errors import BidiComponentInvalidDefaultKeyError

PAGE = "custom-components/components-v2"


def open_app(page, url, last_text):
    """Load the app and wait until its first run has drawn `last_text`."""
    page.goto(url)
    expect(page.get_by_text(last_text)).to_be_visible(timeout=BROWSER_WAIT_MS)


def says(page, text):
    expect(page.get_by_text(text, exact=True)).to_be_visible(timeout=BROWSER_WAIT_MS)


# --8<-- [start:test_state_persists_and_a_trigger_lasts_one_run]
@pytest.mark.browser
def test_state_persists_and_a_trigger_lasts_one_run(serve, page):
    """setStateValue and setTriggerValue from JS reach Python and run the
    on_<name>_change callbacks; the trigger is None again on the next run."""
    open_app(page, serve(f"{PAGE}/counter.py"), "callbacks: []")
    assert page.locator("iframe").count() == 0  # rendered in the page itself

    page.get_by_role("button", name="Add one").click()  # JS: setStateValue
    says(page, "count: 1")
    says(page, "callbacks: ['count=1']")

    page.get_by_role("button", name="Ping").click()  # JS: setTriggerValue
    says(page, "ping: pong")
    says(page, "callbacks: ['count=1', 'ping=pong']")

    page.get_by_role("button", name="Rerun").click()  # any other rerun
    says(page, "ping: None")  # the trigger is gone ...
    says(page, "count: 1")  # ... the state stays
    says(page, "callbacks: ['count=1', 'ping=pong']")  # and no callback ran


# --8<-- [end:test_state_persists_and_a_trigger_lasts_one_run]


# --8<-- [start:test_the_mount_takes_these_parameters]
def test_the_mount_takes_these_parameters():
    """_create_component_callable's _mount_component: keyword-only parameters,
    **on_callbacks for the on_<name>_change callbacks; the docstring's warning."""
    mount = st.components.v2.component("shape_only")
    parameters = inspect.signature(mount).parameters
    defaults = {name: p.default for name, p in parameters.items()}
    assert defaults == {
        "key": None,
        "data": None,
        "default": None,
        "width": "stretch",
        "height": "content",
        "on_callbacks": inspect.Parameter.empty,
    }
    assert parameters["on_callbacks"].kind is inspect.Parameter.VAR_KEYWORD
    assert "does\n        not sandbox" in st.components.v2.component.__doc__


# --8<-- [end:test_the_mount_takes_these_parameters]


# --8<-- [start:test_apptest_sees_the_state_but_runs_no_javascript]
def test_apptest_sees_the_state_but_runs_no_javascript(app):
    """AppTest shows the component as an UnknownElement of type bidi_component
    whose value is its state; Session State can set that state before a run."""
    at = app(f"{PAGE}/counter.py").run()
    (component,) = [e for e in at.main if e.type == "bidi_component"]
    assert component.value == {"count": 0}  # the default, no JS ran
    assert shown(at)[1:3] == ["count: 0", "ping: None"]

    at.session_state["clicks"] = {"count": 5}  # as if the JS had set it
    at.run()
    assert shown(at)[1:4] == ["count: 5", "ping: None", "callbacks: []"]
    at.run()
    assert shown(at)[1] == "count: 5"  # kept across runs


# --8<-- [end:test_apptest_sees_the_state_but_runs_no_javascript]


# --8<-- [start:test_a_default_needs_a_callback_of_that_name]
def test_a_default_needs_a_callback_of_that_name(app, raised):
    """_bidi_component checks every `default` key against the on_*_change names."""
    at = app(f"{PAGE}/default_without_callback.py").run()
    assert raised(at) == [BidiComponentInvalidDefaultKeyError]


# --8<-- [end:test_a_default_needs_a_callback_of_that_name]


# --8<-- [start:test_theme_variables_and_style_isolation]
@pytest.mark.browser
def test_theme_variables_and_style_isolation(serve, page):
    """The frontend sets --st-* theme properties around each component; with
    isolate_styles=True its HTML and CSS live in a shadow root, with False
    they are part of the page and its CSS reaches the app's own elements."""
    open_app(page, serve(f"{PAGE}/styles.py", "--theme.primaryColor=#0a7d3e"), "app")
    isolated = page.get_by_test_id("stBidiComponentIsolated").locator(".swatch")
    shared = page.get_by_test_id("stBidiComponentRegular").locator(".swatch")
    expect(isolated).to_have_attribute("data-parent", "ShadowRoot")
    expect(shared).to_have_attribute("data-parent", "HTMLElement")
    for swatch in (isolated, shared):  # var(--st-primary-color)
        expect(swatch).to_have_css("color", "rgb(10, 125, 62)")
    for name in ("--st-text-color", "--st-background-color", "--st-font"):
        value = isolated.evaluate(
            f"e => getComputedStyle(e).getPropertyValue('{name}')"
        )
        assert value.strip(), name  # set, like --st-primary-color

    # document.querySelector does not see into the shadow root
    assert page.evaluate("document.querySelectorAll('.swatch').length") == 1
    own = page.get_by_text("A paragraph of the app itself.")
    expect(own).to_have_css("font-style", "italic")  # the shared CSS leaks out
    expect(own).to_have_css("text-decoration-line", "none")  # the isolated does not
    expect(isolated).to_have_css("font-style", "normal")  # nor does it leak in


# --8<-- [end:test_theme_variables_and_style_isolation]


# --8<-- [start:test_in_a_form_state_waits_for_submit_and_triggers_are_dropped]
@pytest.mark.browser
def test_in_a_form_state_waits_for_submit_and_triggers_are_dropped(serve, page):
    """Inside st.form the frontend holds setStateValue until the submit button
    and ignores setTriggerValue, with a console warning."""
    warnings = []
    page.on("console", lambda m: warnings.append(m.text) if m.type == "warning" else 0)
    open_app(page, serve(f"{PAGE}/in_form.py"), "runs: 1")

    page.get_by_role("button", name="Pick blue").click()
    page.get_by_role("button", name="Rerun").click()  # runs after the pick
    says(page, "runs: 2")
    says(page, "picked: none, ping: None")  # the pick is held in the browser

    page.get_by_role("button", name="Submit").click()
    says(page, "runs: 3")
    says(page, "picked: blue, ping: None")  # sent with the submit; no trigger
    assert any("setTriggerValue ignored inside st.form" in w for w in warnings)


# --8<-- [end:test_in_a_form_state_waits_for_submit_and_triggers_are_dropped]


# --8<-- [start:test_in_a_fragment_a_change_reruns_only_the_fragment]
@pytest.mark.browser
def test_in_a_fragment_a_change_reruns_only_the_fragment(serve, page):
    """The frontend sends the component's fragment id with its value, so the
    rerun it starts is a fragment rerun."""
    open_app(page, serve(f"{PAGE}/in_fragment.py"), "script runs: 1")
    page.get_by_role("button", name="Count").click()
    says(page, "n: 1")
    says(page, "fragment runs: 2")
    says(page, "script runs: 1")  # the rest of the script did not run


# --8<-- [end:test_in_a_fragment_a_change_reruns_only_the_fragment]
