"""The site builds without a warning, its links resolve, and a broken include fails."""

import html
import re
from html.parser import HTMLParser
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

from conftest import REPO, mkdocs_build


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


def test_contributing_page_shows_its_include_lines_as_written(built_site):
    """Escaped with `;`, the page's own examples are not expanded by snippets."""
    root, _ = built_site
    page = (root / "contributing/index.html").read_text()
    text = html.unescape(re.sub(r"<[^>]+>", "", page))
    assert '--8<-- "snippets/app-design/custom-classes/' in text
    assert "# --8<-- [start:test_class_in_script_is_redefined_on_rerun]" in text


def test_missing_snippet_fails_the_build_and_names_the_path(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs/index.md").write_text(
        '# Broken\n\n```python\n--8<-- "snippets/no/such_example.py"\n```\n'
    )
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        f"INHERIT: {REPO / 'mkdocs.yml'}\ndocs_dir: docs\nnav: [index.md]\nwatch: []\n"
    )
    run = mkdocs_build(tmp_path / "site", config)
    assert run.returncode != 0
    assert "snippets/no/such_example.py" in run.stderr


def test_serve_reloads_when_snippets_or_tests_change():
    from mkdocs.config import load_config

    watched = load_config(str(REPO / "mkdocs.yml")).watch
    assert {str(REPO / "snippets"), str(REPO / "tests")} <= set(watched)
