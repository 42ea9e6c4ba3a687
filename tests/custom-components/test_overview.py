"""Claims of docs/custom-components/overview.md.

components.v1.declare_component (components/v1/custom_component.py) draws an
iframe whose page talks to Streamlit with postMessage, and the call returns the
one value it sent. st.components.v2.component draws into the page itself
(frontend BidiComponent) and returns a ComponentResult of named values.
"""

import inspect

import pytest
import streamlit as st
import streamlit.components.v1 as components
from conftest import BROWSER_WAIT_MS
from playwright.sync_api import expect

PAGE = "custom-components/overview"


# --8<-- [start:test_v1_lives_in_an_iframe_and_v2_in_the_page]
@pytest.mark.browser
def test_v1_lives_in_an_iframe_and_v2_in_the_page(serve, page):
    """One iframe, the v1 component's; the v2 button is in the page's own DOM.
    v1 returns the bare value it sent, v2 an object of named values."""
    page.goto(serve(f"{PAGE}/side_by_side/app.py"))
    expect(page.get_by_text("v2 returned: {'n': 0}")).to_be_visible(
        timeout=BROWSER_WAIT_MS
    )
    expect(page.get_by_text("v1 returned: 0")).to_be_visible()  # its default
    expect(page.locator("iframe")).to_have_count(1)
    v1_frame = page.frame_locator("iframe")
    v1_frame.get_by_role("button", name="Send 42 (v1)").click()
    expect(page.get_by_text("v1 returned: 42")).to_be_visible(timeout=BROWSER_WAIT_MS)

    # v2: no frame to enter; the page's own document holds the button
    v2_button = page.get_by_role("button", name="Send 42 (v2)")
    assert v2_button.evaluate("b => b.ownerDocument === window.document")
    v2_button.click()
    expect(page.get_by_text("v2 returned: {'n': 42}")).to_be_visible(
        timeout=BROWSER_WAIT_MS
    )


# --8<-- [end:test_v1_lives_in_an_iframe_and_v2_in_the_page]


# --8<-- [start:test_the_two_calls_take_these_parameters]
@pytest.mark.changed_since_2024
def test_the_two_calls_take_these_parameters():
    """declare_component takes path or url; the v1 call one on_change; the v2
    mount (_mount_component) any on_<name>_change through **on_callbacks."""
    assert {"path", "url"} <= set(
        inspect.signature(components.declare_component).parameters
    )
    v1 = components.declare_component("signature_v1", url="http://127.0.0.1:1")
    assert "on_change" in inspect.signature(v1.__call__).parameters
    v2 = st.components.v2.component("signature_v2")
    v2_parameters = inspect.signature(v2).parameters
    assert "on_change" not in v2_parameters
    assert v2_parameters["on_callbacks"].kind is inspect.Parameter.VAR_KEYWORD


# --8<-- [end:test_the_two_calls_take_these_parameters]
