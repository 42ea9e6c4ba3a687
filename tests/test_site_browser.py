"""The built site in Chromium: offline pages, included code, tabs, search, links."""

import functools
import http.server
import re
import threading
from typing import NamedTuple
from urllib.parse import urlsplit

import pytest
from conftest import BROWSER_WAIT_MS, SNIPPETS
from playwright.sync_api import TimeoutError as NoResult
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


def test_a_page_screenshot_is_written(site, page, tmp_path):
    page.goto(site.url + CUSTOM_CLASSES)
    shot = tmp_path / "custom-classes.png"
    page.screenshot(path=shot, full_page=True)
    assert shot.read_bytes().startswith(b"\x89PNG")


def first_tabs_checked(tab):
    """(how many tab sets the page has, how many show their first tab)."""
    return tab.evaluate(
        """() => [...document.querySelectorAll('.tabbed-set')].map(set =>
            set.querySelector(':scope > input').checked)"""
    ).count(True), tab.locator(".tabbed-set").count()


def test_a_tab_choice_stays_on_its_page_and_is_forgotten_on_reload(site, page):
    """Without `content.tabs.link`, a click switches one tab set, stored nowhere."""
    page.goto(site.url + CUSTOM_CLASSES)
    sets = page.locator(".tabbed-set")
    sets.first.locator(".tabbed-labels label", has_text="Test").click()
    expect(sets.first.locator(".tabbed-block").nth(1)).to_be_visible()
    expect(sets.nth(1).locator(".tabbed-block").first).to_be_visible()  # same page
    checked, total = first_tabs_checked(page)
    assert (checked, total) == (total - 1, total) and total > 1

    for url in (site.url + "architecture/forms/", site.url + CUSTOM_CLASSES):
        page.goto(url)  # another page, then this page again
        checked, total = first_tabs_checked(page)
        assert checked == total > 1, f"{url}: {total - checked} sets not on Example"
    page.reload()
    expect(sets.first.locator(".tabbed-block").first).to_be_visible()
    expect(sets.first.locator(".tabbed-block").nth(1)).to_be_hidden()
    stored = page.evaluate("Object.keys(localStorage)")
    assert not [key for key in stored if "tab" in key], stored


# Every tab's block and every collapsed box shown, so each code block has a width.
SHOW_ALL = (
    ".tabbed-set > .tabbed-content > .tabbed-block { display: block !important }"
    " details:not([open]) > :not(summary) { display: block !important }"
)
OVERFLOWING = """url => [...document.querySelectorAll('pre > code')]
    .filter(code => !code.closest('.mermaid') && code.scrollWidth > code.clientWidth)
    .map(code => {
        const title = code.closest('.highlight')?.querySelector('.filename');
        const line = code.textContent.split('\\n').reduce((a, b) =>
            b.length > a.length ? b : a);
        return `${url} ${title ? title.textContent : '(untitled block)'}: `
            + `${code.scrollWidth} px in ${code.clientWidth} px, `
            + `${line.length} chars: ${line.trim()}`;
    })"""


def test_every_page_loads_offline_cleanly_and_its_code_fits_at_1280px(site, page):
    """One visit per page: no request leaves 127.0.0.1, no console error, and no
    code block (every tab and collapsed box shown) is wider than its column."""
    problems, overflowing, blocks = [], [], 0
    page.context.route(lambda url: not is_local(url), lambda route: route.abort())
    watch(page, problems)
    page.set_viewport_size({"width": 1280, "height": 900})
    for url in site.pages:  # one tab, each page in turn
        page.goto(url, wait_until="load")
        # Let what the page starts after `load` (search index, diagrams) run too.
        page.evaluate("new Promise(done => requestIdleCallback(done, {timeout: 2000}))")
        page.add_style_tag(content=SHOW_ALL)
        blocks += page.locator("pre > code").count()
        overflowing += page.evaluate(OVERFLOWING, url)
    assert len(site.pages) > 1 and blocks > 100
    assert not problems, "\n".join(problems)
    assert not overflowing, "Wider than the column:\n" + "\n".join(overflowing)


def test_code_block_scrollbar_is_visible_without_hovering(site, page):
    page.goto(site.url + CUSTOM_CLASSES)
    thumb = page.locator("pre > code").first.evaluate(
        "code => getComputedStyle(code).scrollbarColor.split(') ')[0] + ')'"
    )
    alpha = float(re.findall(r"[\d.]+", thumb)[3]) if thumb.startswith("rgba") else 1
    assert alpha >= 0.5, thumb  # Material's default is a faint thumb until hover


# Material draws each diagram in a closed shadow root; open it to measure the text.
OPEN_SHADOW_ROOTS = """{
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
        return attach.call(this, {...init, mode: 'open'});
    };
}"""
RENDERED_TEXT_PX = """host => {
    const svg = host.shadowRoot.querySelector('svg');
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    return [...host.shadowRoot.querySelectorAll('.nodeLabel, .edgeLabel, text')]
        .filter(label => label.textContent.trim())
        .map(label => parseFloat(getComputedStyle(label).fontSize) * scale);
}"""


def test_home_flowchart_text_is_at_least_10px_on_a_phone(site, page):
    page.set_viewport_size({"width": 390, "height": 844})
    page.add_init_script(OPEN_SHADOW_ROOTS)
    page.goto(site.url)
    diagram = page.locator("div.mermaid").first
    expect(diagram.locator("svg")).to_be_visible(timeout=BROWSER_WAIT_MS)
    sizes = diagram.evaluate(RENDERED_TEXT_PX)
    assert len(sizes) >= 5
    assert min(sizes) >= 10, sizes
    # What does not fit scrolls inside the diagram, not the page.
    assert page.evaluate("document.documentElement.scrollWidth") <= 390


def test_dark_mode_toggle_switches_the_colour_scheme(site, page):
    page.goto(site.url)
    body = page.locator("body")
    expect(body).to_have_attribute("data-md-color-scheme", "default")
    page.get_by_title("Switch to dark mode").click()
    expect(body).to_have_attribute("data-md-color-scheme", "slate")
    page.get_by_title("Switch to light mode").click()
    expect(body).to_have_attribute("data-md-color-scheme", "default")


def test_pages_link_to_the_previous_and_next_page_in_the_nav(site, page):
    page.goto(site.url + CUSTOM_CLASSES)
    previous = page.locator("a.md-footer__link--prev")
    following = page.locator("a.md-footer__link--next")
    expect(previous).to_contain_text("Buttons")
    expect(following).to_contain_text("Update elements")
    assert previous.evaluate("a => a.href") == site.url + "app-design/buttons/"
    assert following.evaluate("a => a.href") == site.url + "app-design/update-elements/"


FORMS, FRAGMENTS = "architecture/forms/", "architecture/fragments/"
SESSION_STATE, WIDGETS = "architecture/session-state/", "architecture/widget-behavior/"
BUTTONS = "app-design/buttons/"
CACHING, CACHING_CONTROL = "architecture/caching/", "architecture/caching-control/"
# A term a reader types -> the page that explains it.
EXPLAINED_ON = {
    "st.session_state": SESSION_STATE,
    "st.cache_data": CACHING,
    "st.cache_resource": CACHING,
    "ttl": CACHING_CONTROL,
    "max_entries": CACHING_CONTROL,
    "persist": CACHING_CONTROL,
    "CachedWidgetWarning": CACHING,
    "key": WIDGETS,
    # "AppTest" is left out: the separator splits it into "App" and "Test", and it
    # lands on Automate your tests, not Get started. To fix with the search config.
    "st.fragment": FRAGMENTS,
    "st.form": FORMS,
    "st.rerun": FRAGMENTS,
    "on_click": BUTTONS,
    "StreamlitDuplicateElementId": WIDGETS,
    # "StreamlitAPIException" is left out: six pages name it as an error, none
    # explains it, so which comes first is a matter of word counts.
    "run_every": FRAGMENTS,
    "clear_on_submit": FORMS,
    "st.button": BUTTONS,
    "hash_funcs": CUSTOM_CLASSES,  # by type, by name and by id
    "enumCoercion": CUSTOM_CLASSES,
    "st.form_submit_button": FORMS,
    "st.toggle": BUTTONS,
    "UnhashableParamError": CUSTOM_CLASSES,
    "st.data_editor": "app-design/dataframes/",
    "persist_state": WIDGETS,
    "fragment": FRAGMENTS,
}


def test_search_first_result_is_the_page_that_explains_each_term(site, page):
    page.goto(site.url)
    meta = page.locator(".md-search-result__meta")
    expect(meta).to_have_text("Type to start searching", timeout=BROWSER_WAIT_MS)
    box = page.locator("input.md-search__input")
    first = page.locator("a.md-search-result__link").first
    found = {}
    for term in EXPLAINED_ON:
        # Material searches on key-up: empty the box, then put the whole term in
        # and release one key, so only that term's results are shown.
        box.fill("")
        box.press("End")
        expect(first).to_have_count(0)
        box.fill(term)
        box.press("End")
        try:
            first.wait_for(timeout=BROWSER_WAIT_MS)
        except NoResult:
            found[term] = "(no result)"
            continue
        href = urlsplit(first.evaluate("a => a.href"))
        found[term] = href._replace(query="", fragment="").geturl()
    table = "\n".join(
        f"{term} -> {found[term].removeprefix(site.url) or '/'}"
        + ("" if found[term] == site.url + expected else f"  (expected {expected})")
        for term, expected in EXPLAINED_ON.items()
    )
    assert len(EXPLAINED_ON) >= 20
    expected = {term: site.url + page for term, page in EXPLAINED_ON.items()}
    assert found == expected, "First result per term:\n" + table
