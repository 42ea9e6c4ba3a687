"""Claims of docs/custom-components/limitations.md, in Chromium.

Streamlit's frontend gives every component iframe (ComponentInstance for
declare_component, IFrame for html and iframe) IFrameUtil's sandbox, which
includes allow-same-origin. A declare_component(path=...) frame is served by
the app's server (starlette_routes.create_component_routes, /component/...),
and an html() frame is a srcdoc: both have the app's origin. A frame from
another origin (components.iframe with a foreign URL) is kept out by the
browser's same-origin policy.
"""

import functools
import http.server
import json
import threading

import pytest
from conftest import BROWSER_WAIT_MS, SNIPPETS
from playwright.sync_api import expect
from test_static_components import SANDBOX

PAGE = "custom-components/limitations"


# --8<-- [start:test_a_component_reaches_the_app_page_its_storage_and_other_frames]
@pytest.mark.browser
@pytest.mark.correction_2024
def test_a_component_reaches_the_app_page_its_storage_and_other_frames(serve, page):
    url = serve(f"{PAGE}/reach/app.py")
    page.context.add_cookies([{"name": "session", "value": "s3cret", "url": url}])
    page.goto(url)
    page.evaluate("localStorage.setItem('reader', 'Ada')")  # the app's storage
    frame = page.frame_locator("iframe[title='app.reach']")
    frame.get_by_role("button", name="Look around").click(timeout=BROWSER_WAIT_MS)
    report = frame.locator("#report")
    expect(report).not_to_be_empty(timeout=BROWSER_WAIT_MS)
    found = json.loads(report.text_content())
    assert found["title"] == page.title()  # read the app's page
    assert found["otherFrame"] == "Tomato"  # read the other component's frame
    assert "session=s3cret" in found["cookie"]  # the app's cookies
    assert found["storage"] == "Ada"  # the app's localStorage
    expect(page.locator("#added-by-a-component")).to_have_text("Added by a component")
    expect(page.get_by_role("heading", name="Soup of the day")).to_have_count(0)
    expect(page.locator("body")).to_have_css("background-color", "rgb(255, 228, 196)")
    html_frame = page.frame_locator("iframe[srcdoc]")
    expect(html_frame.locator("#where")).to_have_text(page.url)  # html() reads it too
    for iframe in page.locator("iframe").all():  # both kinds: the same sandbox
        assert iframe.get_attribute("sandbox") == SANDBOX


# --8<-- [end:test_a_component_reaches_the_app_page_its_storage_and_other_frames]


# --8<-- [start:other_site]
@pytest.fixture
def other_site():
    """A second web server, on another port: another origin."""
    handler = functools.partial(
        http.server.SimpleHTTPRequestHandler,
        directory=SNIPPETS / PAGE / "elsewhere/site",
    )
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


# --8<-- [end:other_site]


# --8<-- [start:test_a_page_from_another_origin_cannot_reach_the_app]
@pytest.mark.browser
def test_a_page_from_another_origin_cannot_reach_the_app(serve, page, other_site):
    page.goto(serve(f"{PAGE}/elsewhere/app.py", args=[f"{other_site}/probe.html"]))
    report = page.frame_locator("iframe").locator("#report")
    expect(report).to_have_text(
        "The app's page: SecurityError", timeout=BROWSER_WAIT_MS
    )
    expect(page.locator("iframe")).to_have_attribute("sandbox", SANDBOX)


# --8<-- [end:test_a_page_from_another_origin_cannot_reach_the_app]
