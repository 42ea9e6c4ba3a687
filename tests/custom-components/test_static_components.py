"""Claims of docs/custom-components/static-components.md.

components.v1.html and components.v1.iframe are deprecate_func_name wrappers
(components/v1/__init__.py) around IframeMixin._html and IframeMixin._iframe
(elements/iframe.py), which fill an IFrame proto (srcdoc or src, scrolling)
and a LayoutConfig (width "stretch", height 150 by default). The frontend's
IFrame element sets the sandbox attribute from IFrameUtil's
DEFAULT_IFRAME_SANDBOX_POLICY and scrolling="no" unless scrolling is on.
"""

import inspect

import pytest
import streamlit.components.v1 as components
from conftest import BROWSER_WAIT_MS
from playwright.sync_api import expect

PAGE = "custom-components/static-components"


def frames(page, count=1):
    """The app's iframes, once all `count` of them are drawn (the script state
    is "notRunning" before the first run too, so it cannot tell)."""
    iframes = page.locator("iframe")
    expect(iframes).to_have_count(count, timeout=BROWSER_WAIT_MS)
    return iframes


# --8<-- [start:test_html_renders_a_page_of_its_own_in_an_iframe]
@pytest.mark.browser
def test_html_renders_a_page_of_its_own_in_an_iframe(serve, page):
    url = serve(f"{PAGE}/receipt.py")
    page.goto(url)
    receipt, thanks = frames(page, 2).all()
    total = page.frame_locator("iframe >> nth=0").locator("#total")
    expect(total).to_have_text("Total: 11.50", timeout=BROWSER_WAIT_MS)  # script ran
    assert receipt.get_attribute("srcdoc").lstrip().startswith("<ul")
    box = receipt.bounding_box()
    assert (box["width"], box["height"]) == (300, 120)
    content = total.evaluate("p => p.ownerDocument.documentElement.scrollHeight")
    assert content > 120  # the frame did not grow to fit its content
    assert receipt.get_attribute("scrolling") == "auto"

    expect(page.frame_locator("iframe >> nth=1").locator("p")).to_have_text(
        "Thank you for your order!"
    )
    box, main = thanks.bounding_box(), page.get_by_test_id("stMainBlockContainer")
    assert box["height"] == 150
    assert box["width"] == pytest.approx(
        main.evaluate(
            "m => m.clientWidth - parseFloat(getComputedStyle(m).paddingLeft)"
            " - parseFloat(getComputedStyle(m).paddingRight)"
        ),
        abs=1,
    )
    assert thanks.get_attribute("scrolling") == "no"


# --8<-- [end:test_html_renders_a_page_of_its_own_in_an_iframe]


# --8<-- [start:test_iframe_loads_a_url]
@pytest.mark.browser
def test_iframe_loads_a_url(serve, page):
    page.goto(serve(f"{PAGE}/opening_hours/app.py"))
    (hours,) = frames(page).all()
    assert hours.get_attribute("src") == "/app/static/hours.html"
    assert hours.get_attribute("srcdoc") is None
    assert hours.get_attribute("sandbox") == SANDBOX  # the same as html()'s
    assert hours.bounding_box()["height"] == 90
    expect(page.frame_locator("iframe").locator("p").first).to_have_text(
        "Monday to Friday: 8:00 to 18:00", timeout=BROWSER_WAIT_MS
    )


# --8<-- [end:test_iframe_loads_a_url]


# --8<-- [start:test_the_sandbox_lets_scripts_run_but_not_navigate_the_app_away]
SANDBOX = (
    "allow-forms allow-modals allow-popups allow-popups-to-escape-sandbox "
    "allow-same-origin allow-scripts allow-downloads"
)


@pytest.mark.browser
def test_the_sandbox_lets_scripts_run_but_not_navigate_the_app_away(serve, page):
    url = serve(f"{PAGE}/sandbox_flags.py")
    page.goto(url)
    expect(frames(page)).to_have_attribute("sandbox", SANDBOX)
    frame = page.frame_locator("iframe")
    expect(frame.locator("#script")).to_have_text("Scripts run.")
    expect(frame.locator("#top")).to_have_text("Top navigation: SecurityError")
    assert page.url.startswith(url)  # the app is still there


# --8<-- [end:test_the_sandbox_lets_scripts_run_but_not_navigate_the_app_away]


# --8<-- [start:test_both_are_deprecated_in_the_log_only]
@pytest.mark.parametrize(
    ("script", "name"),
    [("receipt.py", "html"), ("opening_hours/app.py", "iframe")],
)
@pytest.mark.changed_since_2024
def test_both_are_deprecated_in_the_log_only(app, set_config, caplog, script, name):
    set_config("client.showErrorDetails", "full")  # the level that shows warnings
    at = app(f"{PAGE}/{script}").run()
    assert not at.warning  # nothing on the page
    at.run()  # a second run warns again
    message = (
        f"Please replace `st.components.v1.{name}` with `st.iframe`.\n\n"
        f"`st.components.v1.{name}` will be removed after 2026-06-01."
    )
    calls = {"html": 2, "iframe": 1}[name] * 2  # once per call, on both runs
    logged = [
        r.getMessage() for r in caplog.records if r.name == "streamlit.deprecation_util"
    ]
    assert logged == [message] * calls


# --8<-- [end:test_both_are_deprecated_in_the_log_only]


# --8<-- [start:test_the_signatures_on_1_67]
def test_the_signatures_on_1_67():
    for command, first in ((components.html, "html"), (components.iframe, "src")):
        parameters = inspect.signature(command).parameters  # of the wrapped method
        assert list(parameters) == [
            "self",
            *(first, "width", "height", "scrolling", "tab_index"),
        ]
        assert parameters["tab_index"].kind is inspect.Parameter.KEYWORD_ONLY
        defaults = {name: p.default for name, p in parameters.items()}
        assert defaults | {"self": None, first: None} == {
            "self": None,
            first: None,
            "width": None,  # the app's full width
            "height": None,  # 150 pixels
            "scrolling": False,
            "tab_index": None,
        }


# --8<-- [end:test_the_signatures_on_1_67]
