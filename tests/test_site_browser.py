"""The built site in Chromium: offline pages, included code, tabs, search, links."""

import functools
import http.server
import threading
from typing import NamedTuple
from urllib.parse import urlsplit

import pytest
from conftest import BROWSER_WAIT_MS, SNIPPETS
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

CUSTOM_CLASSES = "app-design/custom-classes/"


class Site(NamedTuple):
    url: str  # "http://127.0.0.1:PORT/"
    pages: list[str]  # the URL of every built page


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def site(built_site):
    """The site, built once per test process and served on 127.0.0.1."""
    root, build = built_site
    assert build.returncode == 0, build.stderr
    handler = functools.partial(QuietHandler, directory=root)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}/"
    pages = [
        url + (f"{index.parent.relative_to(root).as_posix()}/").removeprefix("./")
        for index in sorted(root.rglob("index.html"))
    ]
    yield Site(url, pages)
    server.shutdown()
    server.server_close()


def is_local(url):
    return urlsplit(url).hostname == "127.0.0.1" or url.startswith(("data:", "blob:"))


def watch(tab, problems):
    """Record each request leaving 127.0.0.1 and each error, with the page shown."""

    def on_request(request):
        if not is_local(request.url):
            problems.append(f"{tab.url} requested {request.url}")

    def on_console(message):
        if message.type == "error":
            problems.append(f"{tab.url} logged a console error: {message.text}")

    tab.on("request", on_request)
    tab.on("console", on_console)
    tab.on("pageerror", lambda error: problems.append(f"{tab.url} raised {error}"))


def test_every_page_loads_offline_without_console_errors(site, page):
    problems = []
    page.context.route(lambda url: not is_local(url), lambda route: route.abort())
    watch(page, problems)
    for url in site.pages:  # one tab, each page in turn
        page.goto(url, wait_until="load")
        # Let what the page starts after `load` (search index, diagrams) run too.
        page.evaluate("new Promise(done => requestIdleCallback(done, {timeout: 2000}))")
    assert len(site.pages) > 1
    assert not problems, "\n".join(problems)


def test_included_snippet_code_is_on_its_page(site, page):
    snippet = SNIPPETS / CUSTOM_CLASSES / "class_redefined_on_rerun.py"
    longest_line = max(snippet.read_text().splitlines(), key=len).strip()
    page.goto(site.url + CUSTOM_CLASSES)
    expect(page.locator("code", has_text=longest_line).first).to_be_visible()


def test_test_tab_shows_the_test_and_hides_the_example(site, page):
    page.goto(site.url + CUSTOM_CLASSES)
    tabs = page.locator(".tabbed-set").first
    example, test = (
        tabs.locator(".tabbed-block").nth(0),
        tabs.locator(".tabbed-block").nth(1),
    )
    expect(example).to_be_visible()
    expect(test).to_be_hidden()

    tabs.locator(".tabbed-labels label", has_text="Test").click()
    expect(test).to_be_visible()
    expect(test.locator("code")).to_contain_text("def test_")
    expect(example).to_be_hidden()


@pytest.mark.parametrize(
    "term, expected",
    [
        ("st.cache_data", CUSTOM_CLASSES),
        ("UnhashableParamError", CUSTOM_CLASSES),
        ("fragment", "architecture/fragments/"),
        ("st.form", "architecture/forms/"),  # not every page that mentions `st.`
        ("run_every", "architecture/fragments/"),
    ],
)
def test_search_finds_the_page(site, page, term, expected):
    page.goto(site.url)
    ready = page.locator(".md-search-result__meta")
    expect(ready).to_have_text("Type to start searching", timeout=BROWSER_WAIT_MS)
    # Material searches on key-up, so type the term rather than fill it in.
    page.locator("input.md-search__input").press_sequentially(term)
    results = page.locator("a.md-search-result__link")
    expect(results.first).to_be_visible(timeout=BROWSER_WAIT_MS)
    hrefs = results.evaluate_all("as => as.map(a => a.href)")
    pages = [urlsplit(h)._replace(query="", fragment="").geturl() for h in hrefs]
    assert pages[0] == site.url + expected, f"{term!r}: results in order {pages}"


def test_a_page_screenshot_is_written(site, page, tmp_path):
    page.goto(site.url + CUSTOM_CLASSES)
    shot = tmp_path / "custom-classes.png"
    page.screenshot(path=shot, full_page=True)
    assert shot.read_bytes().startswith(b"\x89PNG")
