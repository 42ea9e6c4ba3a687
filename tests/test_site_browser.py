"""The built site in Chromium: offline pages, included code, tabs, search, links."""

import functools
import http.server
import threading
from typing import NamedTuple
from urllib.parse import unquote, urldefrag, urlsplit

import pytest
from conftest import BROWSER_WAIT_MS, SNIPPETS
from playwright.sync_api import expect
from test_site import mkdocs_build

pytestmark = pytest.mark.browser

CUSTOM_CLASSES = "app-design/custom-classes/"


class Site(NamedTuple):
    url: str  # "http://127.0.0.1:PORT/"
    pages: list[str]  # the URL of every built page


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """The site, built once per test process and served on 127.0.0.1."""
    root = tmp_path_factory.mktemp("site")
    build = mkdocs_build(root)
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


def watch(tab, url, problems):
    """Record each request leaving 127.0.0.1 and each error while `tab` shows `url`."""

    def on_request(request):
        if not is_local(request.url):
            problems.append(f"{url} requested {request.url}")

    def on_console(message):
        if message.type == "error":
            problems.append(f"{url} logged a console error: {message.text}")

    tab.on("request", on_request)
    tab.on("console", on_console)
    tab.on("pageerror", lambda error: problems.append(f"{url} raised {error}"))


def test_every_page_loads_offline_without_console_errors(site, page):
    problems = []
    page.context.route(lambda url: not is_local(url), lambda route: route.abort())
    for url in site.pages:
        tab = page.context.new_page()
        watch(tab, url, problems)
        tab.goto(url, wait_until="networkidle")
        tab.close()
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


def test_every_internal_link_and_anchor_resolves(site, page):
    links = {}  # target URL -> a page linking to it
    for url in site.pages:
        page.goto(url)
        hrefs = page.locator("a[href]").evaluate_all("as => as.map(a => a.href)")
        for href in filter(is_local, hrefs):
            links.setdefault(href, url)

    ids = {}  # page URL -> the ids of its elements, or None when it did not load
    broken = []
    for href, source in sorted(links.items()):
        target, fragment = urldefrag(href)
        if target not in ids:
            response = page.goto(target)
            ok = response is not None and response.status == 200
            ids[target] = (
                page.evaluate("[...document.querySelectorAll('[id]')].map(e => e.id)")
                if ok
                else None
            )
        if ids[target] is None:
            broken.append(f"{source} links to {target}, which does not load")
        elif fragment and unquote(fragment) not in ids[target]:
            broken.append(f"{source} links to {href}: no element with that id")
    assert len(links) > len(site.pages)
    assert not broken, "\n".join(broken)


def test_a_page_screenshot_is_written(site, page, tmp_path):
    page.goto(site.url + CUSTOM_CLASSES)
    shot = tmp_path / "custom-classes.png"
    page.screenshot(path=shot, full_page=True)
    assert shot.read_bytes().startswith(b"\x89PNG")
