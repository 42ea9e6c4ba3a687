"""Claims of docs/custom-components/bidirectional-v1.md.

components.v1.declare_component (component_registry.py) names the component
"<module>.<name>" and registers its path, served by starlette_routes'
create_component_routes at /component/<name>/<file>. CustomComponent.create_instance
(custom_component.py) sends keyword args as JSON, bytes and dataframe-like
args as SpecialArgs (dataframes as Arrow by component_arrow.marshall), and
returns the widget value, or `default` while there is none. Its widget id
depends on the args unless a key is given (key_as_main_identity). The
frontend's ComponentInstance and ComponentRegistry implement the messages.
"""

import json
import shutil

import pytest
import streamlit.components.v1 as components
from conftest import BROWSER_WAIT_MS, SNIPPETS, shown
from playwright.sync_api import expect
from streamlit.components.v1.custom_component import MarshallComponentException
from streamlit.errors import StreamlitAPIException
from streamlit.testing.v1 import AppTest

PAGE = "custom-components/bidirectional-v1"


def finished(page):
    expect(page.get_by_test_id("stApp")).to_have_attribute(
        "data-test-script-state", "notRunning", timeout=BROWSER_WAIT_MS
    )


# --8<-- [start:test_arguments_go_in_and_a_click_comes_back_with_a_rerun]
@pytest.mark.browser
def test_arguments_go_in_and_a_click_comes_back_with_a_rerun(serve, page):
    url = serve(f"{PAGE}/star_rating/app.py")
    page.goto(url)
    frame = page.frame_locator("iframe")
    expect(frame.locator("#label")).to_have_text(
        "How was the soup?", timeout=BROWSER_WAIT_MS
    )
    expect(frame.get_by_role("button")).to_have_count(5)  # max_stars=5
    expect(frame.locator("#theme")).to_have_text("Theme: light")
    expect(page.get_by_text("Stars: 0")).to_be_visible()  # the default
    expect(page.get_by_text("Script runs: 1")).to_be_visible()

    iframe = page.locator("iframe")
    assert iframe.get_attribute("title") == "rating.star_rating"  # module.name
    assert iframe.get_attribute("src").startswith(
        f"{url}/component/rating.star_rating/index.html?"
    )
    body = frame.locator("body").evaluate("body => body.scrollHeight")
    expect(iframe).to_have_attribute("height", str(body))  # streamlit:setFrameHeight

    frame.get_by_role("button", name="4 ★").click()  # streamlit:setComponentValue
    expect(page.get_by_text("Stars: 4")).to_be_visible(timeout=BROWSER_WAIT_MS)
    expect(page.get_by_text("Script runs: 2")).to_be_visible()

    serve.stop(url)  # the connection is lost: a render with disabled: true
    expect(frame.get_by_role("button", name="4 ★")).to_be_disabled(
        timeout=BROWSER_WAIT_MS
    )


# --8<-- [end:test_arguments_go_in_and_a_click_comes_back_with_a_rerun]


# --8<-- [start:test_without_component_ready_the_frame_stays_hidden]
@pytest.mark.browser
def test_without_component_ready_the_frame_stays_hidden(serve, page, tmp_path):
    shutil.copytree(SNIPPETS / PAGE / "star_rating", tmp_path / "star_rating")
    html = tmp_path / "star_rating/frontend/index.html"
    ready = 'send("streamlit:componentReady", { apiVersion: 1 });'
    assert ready in html.read_text()
    html.write_text(html.read_text().replace(ready, ""))
    page.goto(serve(str(tmp_path / "star_rating/app.py")))
    finished(page)
    frame = page.frame_locator("iframe")
    expect(frame.locator("#stars")).to_be_attached(timeout=BROWSER_WAIT_MS)  # loaded
    expect(page.locator("iframe")).to_be_hidden()  # display: none
    expect(frame.locator("#label")).to_be_empty()  # no streamlit:render came
    expect(page.get_by_text("Stars: 0")).to_be_visible()


# --8<-- [end:test_without_component_ready_the_frame_stays_hidden]


# --8<-- [start:test_apptest_gets_the_default_and_can_set_a_keyed_value]
def test_apptest_gets_the_default_and_can_set_a_keyed_value(app):
    at = app(f"{PAGE}/star_rating/app.py").run()
    component = at.main[0]
    assert component.type == "component_instance"  # an UnknownElement: no frontend
    assert json.loads(component.proto.json_args) == {
        "label": "How was the soup?",
        "max_stars": 5,
        "default": 0,  # default and key go to the frontend too
        "key": "soup",
    }
    assert shown(at)[1:] == ["Stars: 0", "Script runs: 1"]

    at.session_state["soup"] = 3  # what a click would send
    at.run()
    assert shown(at)[1:] == ["Stars: 3", "Script runs: 2"]


# --8<-- [end:test_apptest_gets_the_default_and_can_set_a_keyed_value]


# --8<-- [start:test_a_key_keeps_the_value_when_the_arguments_change]
@pytest.mark.browser
def test_a_key_keeps_the_value_when_the_arguments_change(serve, page):
    page.goto(serve(f"{PAGE}/star_rating/keys.py"))
    keyed, unkeyed = (page.frame_locator(f"iframe >> nth={n}") for n in (0, 1))
    keyed.get_by_role("button", name="3 ★").click(timeout=BROWSER_WAIT_MS)
    expect(page.get_by_text("With a key: 3")).to_be_visible(timeout=BROWSER_WAIT_MS)
    finished(page)
    unkeyed.get_by_role("button", name="3 ★").click(timeout=BROWSER_WAIT_MS)
    expect(page.get_by_text("Without a key: 3")).to_be_visible(timeout=BROWSER_WAIT_MS)
    finished(page)

    page.get_by_text("10", exact=True).click()  # new args for both
    expect(keyed.get_by_role("button")).to_have_count(10, timeout=BROWSER_WAIT_MS)
    expect(page.get_by_text("Without a key: 0")).to_be_visible()  # a new widget
    expect(page.get_by_text("With a key: 3")).to_be_visible()  # the same widget


# --8<-- [end:test_a_key_keeps_the_value_when_the_arguments_change]


# --8<-- [start:test_bytes_and_dataframes_arrive_as_typed_arrays]
@pytest.mark.browser
def test_bytes_and_dataframes_arrive_as_typed_arrays(serve, page):
    page.goto(serve(f"{PAGE}/inspector/app.py"))
    frame = page.frame_locator("iframe")
    report = frame.locator("#report")
    expect(report).not_to_be_empty(timeout=BROWSER_WAIT_MS)
    assert json.loads(report.text_content()) == {
        "args": {
            "note": "String",
            "count": "Number",
            "photo": "Uint8Array",  # bytes: in args, as a typed array
            "default": "null",
            "key": "null",
        },
        # A DataFrame is not in args but in dfs: three Arrow IPC streams.
        "dfs": [["orders", ["columns", "data", "index"]]],
        "arrow": "Uint8Array",
    }
    frame.get_by_role("button", name="Send the table back").click()
    expect(page.get_by_text("Python got bytes")).to_be_visible(timeout=BROWSER_WAIT_MS)
    rows = "Rows: [{'dish': 'soup', 'stars': 4}, {'dish': 'bread', 'stars': 5}]"
    expect(page.get_by_text(rows)).to_be_visible()


# --8<-- [end:test_bytes_and_dataframes_arrive_as_typed_arrays]


# --8<-- [start:test_an_argument_that_is_no_json_raises]
def test_an_argument_that_is_no_json_raises(app, raised):
    at = app(f"{PAGE}/star_rating/not_json.py").run()
    assert raised(at) == [MarshallComponentException]
    assert shown(at) == []  # nothing reached the page


# --8<-- [end:test_an_argument_that_is_no_json_raises]


# --8<-- [start:test_url_loads_the_frontend_from_a_dev_server]
def test_url_loads_the_frontend_from_a_dev_server():
    def script():
        import streamlit.components.v1 as components

        dev = components.declare_component("rating", url="http://localhost:3001")
        dev(label="How was the soup?")
        both = components.declare_component(
            "both", path="frontend", url="http://localhost:3002"
        )
        both(label="How was the bread?")

    at = AppTest.from_function(script).run()
    assert at.main[0].proto.url == "http://localhost:3001"  # the frame's src
    assert at.main[1].proto.url == "http://localhost:3002"  # url wins over path

    with pytest.raises(StreamlitAPIException):
        components.declare_component("rating")  # neither path nor url


# --8<-- [end:test_url_loads_the_frontend_from_a_dev_server]
