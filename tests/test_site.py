"""The site builds without a warning, its links resolve, and a broken include fails."""

import html
import json
import re
from html.parser import HTMLParser
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

import matrix
from conftest import REPO, mkdocs_build

PIN = matrix.streamlit_pin()
DOCS_PAGES = sorted((REPO / "docs").rglob("*.md"))


def test_site_builds_strict_without_warnings(built_site):
    _, run = built_site
    assert run.returncode == 0, run.stderr
    assert "WARNING" not in run.stderr, run.stderr


class Anchors(HTMLParser):
    """The ids and the link targets of one HTML page."""

    def __init__(self):
        super().__init__()
        self.ids, self.hrefs = set(), []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("href"):
            self.hrefs.append(attrs["href"])


def broken_links(root):
    """(how many internal links the built site at `root` has, those that break)."""
    pages = {}  # path under root -> its parsed anchors
    for file in root.rglob("*.html"):
        pages[file.relative_to(root).as_posix()] = parsed = Anchors()
        parsed.feed(file.read_text())
    broken, links = [], 0
    for source, parsed in sorted(pages.items()):
        for href in parsed.hrefs:
            url = urljoin(f"http://site/{source}", href)
            target, fragment = urldefrag(url)
            if urlsplit(url).netloc != "site":
                continue  # an outside link; the offline check covers requests
            links += 1
            path = unquote(urlsplit(target).path).lstrip("/")
            path = path + "index.html" if path.endswith("/") or not path else path
            if not (root / path).is_file():
                broken.append(f"{source} links to {href}: no such file")
            elif fragment and unquote(fragment) not in pages.get(path, Anchors()).ids:
                broken.append(f"{source} links to {href}: no element with that id")
    return links, broken


def test_every_internal_link_and_anchor_resolves(built_site):
    root, _ = built_site
    links, broken = broken_links(root)
    assert links > len(list(root.rglob("*.html")))
    assert not broken, "\n".join(broken)


def test_a_missing_page_or_anchor_is_reported(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "index.html").write_text(
        '<a href="a/#top">ok</a> <a href="a/#gone">no id</a> <a href="b/">no page</a>'
    )
    (tmp_path / "a/index.html").write_text('<h1 id="top">A</h1><a href="../">up</a>')
    assert broken_links(tmp_path) == (
        4,
        [
            "index.html links to a/#gone: no element with that id",
            "index.html links to b/: no such file",
        ],
    )


def text_of(fragment):
    """The text a reader sees in an HTML fragment."""
    return html.unescape(re.sub(r"<[^>]+>", "", fragment)).strip()


def test_contributing_page_shows_its_include_lines_as_written(built_site):
    """Escaped with `;`, the page's own examples are not expanded by snippets."""
    root, _ = built_site
    page = (root / "contributing/index.html").read_text()
    text = text_of(page)
    assert '--8<-- "snippets/app-design/custom-classes/' in text
    assert "# --8<-- [start:test_class_is_redefined_on_rerun]" in text


def test_missing_snippet_fails_the_build_and_names_the_path(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs/index.md").write_text(
        '# Broken\n\n```python\n--8<-- "snippets/no/such_example.py"\n```\n'
    )
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        f"INHERIT: {REPO / 'mkdocs.yml'}\ndocs_dir: docs\nnav: [index.md]\nwatch: []\n"
        # Paths relative to the inheriting file would point into tmp_path.
        f"hooks: [{REPO / 'scripts/mkdocs_hooks.py'}]\n"
        f"theme: {{name: material, custom_dir: {REPO / 'overrides'}}}\n"
    )
    run = mkdocs_build(tmp_path / "site", config)
    assert run.returncode != 0
    assert "snippets/no/such_example.py" in run.stderr


def test_serve_reloads_when_snippets_or_tests_change():
    from mkdocs.config import load_config

    watched = load_config(str(REPO / "mkdocs.yml")).watch
    assert {str(REPO / "snippets"), str(REPO / "tests")} <= set(watched)


def built_pages(root):
    """{URL path of a page ("/" for home, "/app-design/buttons/"): its HTML}."""
    return {
        f"/{index.parent.relative_to(root).as_posix()}/".replace("/./", "/"): (
            index.read_text()
        )
        for index in sorted(root.rglob("index.html"))
    }


def test_every_page_shows_the_release_pinned_in_requirements_txt(built_site):
    root, _ = built_site
    banner = re.compile(r'<span class="pinned-release">Verified on Streamlit ([^<]+)<')
    shown = {url: banner.findall(text) for url, text in built_pages(root).items()}
    assert len(shown) > 1
    assert shown == {url: [PIN] for url in shown}


def test_pages_show_the_pin_where_they_ask_for_it(built_site):
    root, _ = built_site
    pages = built_pages(root)
    assert not [url for url, text in pages.items() if "streamlit_pin" in text]
    setup = text_of(pages["/run-the-examples/"])
    assert f'pip install "streamlit[auth,sql]=={PIN}"' in setup
    assert f"Pinned release: Streamlit {PIN}" in html.unescape(pages["/"])


BOX = re.compile(
    r'<h[1-6] id="(?P<section>[^"]+)"'
    r'|<p class="admonition-title">(?P<title>.*?)</p>'
    r"|<summary>(?P<summary>.*?)</summary>",
    re.S,
)
KIND = re.compile(r"(Changed since|Correction to) the 2024 docs(?::\s*(.*))?$", re.S)
ROW = re.compile(
    r"<tr>\s*<td>(Changed|Correction)</td>\s*<td>(.*?)</td>\s*"
    r'<td><a href="([^"]+)">',
    re.S,
)


def boxes_on(url, page):
    """[(kind, subject, link to the section the box is in)] on one built page."""
    found, section = [], ""
    for match in BOX.finditer(page):
        if match["section"]:
            section = match["section"]
            continue
        box = KIND.match(text_of(match["title"] or match["summary"]))
        if box:
            kind = "Changed" if box[1] == "Changed since" else "Correction"
            anchor = f"#{section}" if section else ""
            found.append((kind, text_of(box[2] or ""), f"{url}{anchor}"))
    return found


def test_changes_page_lists_every_2024_box_and_links_to_its_section(built_site):
    root, _ = built_site
    pages = built_pages(root)
    changes = pages.pop("/changes/")
    expected = sorted(box for url, page in pages.items() for box in boxes_on(url, page))
    listed = sorted(
        (kind, text_of(about), urljoin("/changes/", href))
        for kind, about, href in ROW.findall(changes)
    )
    assert len(expected) > 10
    assert sorted((kind, link) for kind, _, link in listed) == sorted(
        (kind, link) for kind, _, link in expected
    )
    # A box's subject (after the colon) is what its row is about; a box without
    # one is described by its first sentence.
    subjects = {(kind, subject, link) for kind, subject, link in expected if subject}
    assert subjects <= set(listed)
    assert all(about for _, about, _ in listed)
    for _, _, link in listed:  # each link opens its page at the section's heading
        target, fragment = urldefrag(link)
        assert f'id="{fragment}"' in pages[target], link


def test_a_box_that_is_not_about_the_2024_docs_is_not_listed():
    page = (
        '<h2 id="a">A</h2><p class="admonition-title">Changed since the 2024 docs</p>'
        '<h3 id="b">B</h3><p class="admonition-title">Note</p>'
        "<details><summary>Correction to the 2024 docs: <code>x</code></summary>"
    )
    assert boxes_on("/p/", page) == [
        ("Changed", "", "/p/#a"),
        ("Correction", "x", "/p/#b"),
    ]


def test_changes_and_set_up_pages_are_in_the_nav_and_linked_from_home(built_site):
    root, _ = built_site
    text = (root / "index.html").read_text()
    home = Anchors()
    home.feed(text)
    nav = re.findall(r'href="([^"]+)" class="md-nav__link', text)
    for page in ("changes/", "run-the-examples/"):
        assert page in nav
        assert home.hrefs.count(page) >= 2  # the nav and the text of the page


def test_test_code_is_left_out_of_the_search_index(built_site):
    root, _ = built_site
    index = json.loads((root / "search/search_index.json").read_text())["docs"]
    chapters = [d for d in index if d["location"].startswith(("app-design/", "arch"))]
    assert [d["location"] for d in chapters if "def test_" in d["text"]] == []
    # The examples stay searchable.
    assert any("class Ticket" in d["text"] for d in chapters)


def test_run_the_examples_page_names_files_that_exist():
    page = (REPO / "docs/run-the-examples.md").read_text()
    named = re.findall(r"\b((?:snippets|scripts|tests)/[\w/.-]+\.(?:py|sh))\b", page)
    assert len(named) >= 4
    assert [path for path in named if not (REPO / path).is_file()] == []
    assert "{{ streamlit_pin }}" in page and PIN not in page  # the pin is not typed


VERSION_ROW = re.compile(
    r'<tr>\s*<td><a href="[^"]+"><code>(test_\w+)</code></a></td>(.*?)</tr>', re.S
)


def test_the_versions_page_shows_the_matrix_data(built_site):
    """One row per claim test, one mark per release, as data/matrix.json says."""
    root, _ = built_site
    data = json.loads(matrix.DATA.read_text())
    page = (root / "versions/index.html").read_text()
    symbols = {"holds": "✓", "does not hold": "✗", "cannot run": "–"}
    expected = [
        (
            claim.split("::")[1],
            ["·"] * len(data["releases"])
            if entry["browser"]
            else [symbols[entry["outcomes"][r][0]] for r in data["releases"]],
        )
        for claim, entry in data["claims"].items()
    ]
    shown = [
        (name, re.findall(r"<td>(?:<span[^>]*>)?([✓✗–·])", cells))
        for name, cells in VERSION_ROW.findall(page)
    ]
    assert shown == expected


def test_a_claim_that_does_not_hold_everywhere_says_so_below_its_test(built_site):
    """mkdocs_hooks.with_matrix_notes: a note below each such test a page shows."""
    root, _ = built_site
    data = json.loads(matrix.DATA.read_text())
    pages = built_pages(root)
    for page in DOCS_PAGES:
        url = f"/{page.relative_to(REPO / 'docs').with_suffix('').as_posix()}/"
        shown = re.findall(
            r'^\s*--8<-- "(tests/[^":]+\.py):(test_\w+)"', page.read_text(), re.M
        )
        for file, name in shown:
            entry = data["claims"].get(f"{file}::{name}")
            if entry is None:
                continue
            outcomes = [outcome for outcome, _ in entry["outcomes"].values()]
            noted = f"<code>{name}</code>, in the" in pages[url]
            assert noted == any(o != "holds" for o in outcomes), (url, name)


def test_each_2024_box_names_its_marked_test_and_each_mark_a_box(built_site):
    """A box without a test marked changed_since_2024 / correction_2024 in its
    section, or such a test without a box of its kind there, fails."""
    root, _ = built_site
    changes = (root / "changes/index.html").read_text()
    rows = re.findall(
        r"<tr>\s*<td>(Changed|Correction)</td>(?:\s*<td>.*?</td>){2}\s*<td>(.*?)</td>",
        changes,
        re.S,
    )
    assert rows
    assert [kind for kind, tests in rows if "<code>" not in tests] == []
    listed = {
        (kind, name)
        for kind, tests in rows
        for name in re.findall(r"<code>(test_\w+)</code>", tests)
    }
    marked = {
        (kind, claim.split("::")[1])
        for claim, kinds in matrix.changes().items()
        for kind in kinds
    }
    assert marked - listed == set()
