"""MkDocs hooks: what the site derives from the repository at build time.

- The pinned Streamlit release, read from `requirements.txt`: shown in the banner of
  every page (`overrides/main.html`) and written for `{{ streamlit_pin }}` in a page.
- The "Changes from the 2024 docs" page (`changes.md`), listing every box titled
  "Changed since the 2024 docs[: subject]" or "Correction to the 2024 docs[: subject]"
  on the other pages, each linking to the section it stands in.
- Test code (a code block titled `tests/...`) is left out of the search index, so
  results preview the prose and the examples.
- The version matrix (`data/matrix.json`, written by `bash scripts/matrix.sh`): the
  "Versions" page (`versions.md`), and on each page, below a claim's test, a note
  for a claim that does not hold on every release in it.
"""

import html
import json
import posixpath
import re
from pathlib import Path

from matrix import changes, streamlit_pin  # beside this file
from mkdocs.structure.files import File

REPO = Path(__file__).resolve().parents[1]
PIN_TOKEN = "{{ streamlit_pin }}"
CHANGES = "changes.md"
VERSIONS = "versions.md"
MATRIX = REPO / "data/matrix.json"
SYMBOLS = {"holds": "✓", "does not hold": "✗", "cannot run": "–"}
INCLUDE = re.compile(r'^(\s*)--8<-- "(tests/[^":]+\.py):(test_\w+)"', re.M)
TEST_BLOCK = re.compile(
    r'<span class="filename">(tests/[^<]+\.py)</span>(.*?)</code></pre>', re.S
)
TEST_DEF = re.compile(r'<span class="nf">(test_\w+)</span>')
KINDS = {
    "Changed since the 2024 docs": "Changed",
    "Correction to the 2024 docs": "Correction",
}
BOX_TITLE = re.compile(
    r'<p class="admonition-title">(.*?)</p>|<summary>(.*?)</summary>', re.S
)
HEADING = re.compile(r'<h([1-6]) id="([^"]+)"')
BOX = re.compile(r"(Changed since|Correction to) the 2024 docs(?::\s*(.*))?$", re.S)
TEST_CODE = re.compile(r'<div class="highlight">(?=<span class="filename">tests/)')

nav_pages = []  # the pages in the order of the nav
boxes = {}  # src_uri of a page -> [(kind, about (html), heading id or "")]
shown_at = {}  # claim (tests/...py::test_x) -> (src_uri of its page, heading id)
tests_on = {}  # src_uri of a page -> [(claim, heading id)] of the tests it shows


def find_boxes(page_html):
    """[(kind, what it is about, id of the heading above it)] of a rendered page.

    What it is about: the subject after the title's colon, else the box's first
    sentence."""
    found, events = [], []
    events += [(m.start(), "h", m) for m in HEADING.finditer(page_html)]
    events += [(m.start(), "box", m) for m in BOX_TITLE.finditer(page_html)]
    section = ""
    for _, what, match in sorted(events, key=lambda event: event[0]):
        if what == "h":
            section = match.group(2)
            continue
        box = BOX.match((match.group(1) or match.group(2)).strip())
        if box:
            kind = KINDS[f"{box.group(1)} the 2024 docs"]
            about = (box.group(2) or "").strip() or first_sentence(
                page_html[match.end() :]
            )
            found.append((kind, about, section))
    return found


def first_sentence(following_html):
    """The first sentence of the paragraph after a box's title, as plain text."""
    paragraph = re.search(r"<p>(.*?)</p>", following_html, re.S)
    text = html.unescape(
        re.sub(r"<[^>]+>", "", paragraph.group(1) if paragraph else "")
    )
    sentence = re.split(r"(?<=[.:])\s", " ".join(text.split()), maxsplit=1)[0]
    return f"<em>{html.escape(sentence)}</em>".replace("|", "&#124;")


def on_config(config):
    config.extra["streamlit_pin"] = streamlit_pin()
    boxes.clear()
    shown_at.clear()
    tests_on.clear()
    _matrix.clear()
    return config


_matrix = {}  # data/matrix.json, read once per build


def matrix():
    """data/matrix.json: {"releases": [...], "claims": {claim: {...}}, ...}."""
    if not _matrix:
        _matrix.update(json.loads(MATRIX.read_text()))
    return _matrix


def _in_nav(nav, name):
    if isinstance(nav, dict):
        return any(_in_nav(value, name) for value in nav.values())
    if isinstance(nav, list):
        return any(_in_nav(item, name) for item in nav)
    return nav == name


def on_files(files, config):
    for name in CHANGES, VERSIONS:
        if _in_nav(config.nav, name) and not files.get_file_from_path(name):
            # Appended last, so it is rendered after every page it lists.
            files.append(File.generated(config, name, content="# Generated\n"))
    return files


def on_nav(nav, config, files):
    nav_pages[:] = nav.pages
    return nav


def on_page_markdown(markdown, page, config, files):
    if page.file.generated_by and page.file.src_uri == CHANGES:
        return changes_markdown()
    if page.file.generated_by and page.file.src_uri == VERSIONS:
        return versions_markdown(page)
    markdown = with_matrix_notes(markdown, page)
    return markdown.replace(PIN_TOKEN, config.extra["streamlit_pin"])


def on_page_content(content, page, config, files):
    boxes[page.file.src_uri] = find_boxes(content)
    tests_on[page.file.src_uri] = list(find_tests(content))
    for claim, anchor in tests_on[page.file.src_uri]:
        shown_at.setdefault(claim, (page.file.src_uri, anchor))
    return TEST_CODE.sub('<div class="highlight" data-search-exclude>', content)


def find_tests(page_html):
    """[(claim, id of the heading above it)] for each test a page shows."""
    headings = [(m.start(), m.group(2)) for m in HEADING.finditer(page_html)]
    for block in TEST_BLOCK.finditer(page_html):
        above = [anchor for start, anchor in headings if start < block.start()]
        for name in TEST_DEF.findall(block.group(2)):
            yield f"{block.group(1)}::{name}", above[-1] if above else ""


def holds_on(outcomes, releases):
    """(the releases a claim holds on, whether they are the newest ones in a row)."""
    holds = [r for r in releases if outcomes[r][0] == "holds"]
    return holds, bool(holds) and holds == releases[len(releases) - len(holds) :]


def holds_where(outcomes, releases):
    """A note's title and text for a claim that does not hold on every release,
    else None. `outcomes`: {release: [outcome, reason]}."""
    if not outcomes or all(outcomes[r][0] == "holds" for r in releases):
        return None
    holding, newest = holds_on(outcomes, releases)
    others = [r for r in releases if outcomes[r][0] != "holds"]
    if newest:
        title = f"Holds from Streamlit {holding[0]} on"
    elif holding and holding == releases[: len(holding)]:
        title = f"Holds until Streamlit {holding[-1]}"
    elif holding:
        title = "Holds on Streamlit " + ", ".join(holding)
    else:
        title = "Holds on none of the matrix's releases"
    groups = []  # [[outcome, reason, releases]], for runs of the same failure
    for r in others:
        if (
            groups
            and groups[-1][:2] == outcomes[r]
            and releases.index(r) == (releases.index(groups[-1][2][-1]) + 1)
        ):
            groups[-1][2].append(r)
        else:
            groups.append([*outcomes[r], [r]])
    why = "; ".join(
        f"{where[0] if len(where) == 1 else f'{where[0]} to {where[-1]}'}: "
        f"{outcome} (`{reason.replace('`', chr(39))}`)"
        for outcome, reason, where in groups
    )
    return title, f"Not on {why}."


def with_matrix_notes(markdown, page):
    """Below each test a page includes: a note if its claim does not hold on
    every release of the version matrix. It goes after the tabs or the code
    block that holds the include."""
    if not MATRIX.exists():
        return markdown
    data = matrix()
    lines = markdown.split("\n")
    notes = {}  # line index to insert before -> [note lines]
    for match in INCLUDE.finditer(markdown):
        claim = f"{match.group(2)}::{match.group(3)}"
        entry = data["claims"].get(claim)
        note = entry and holds_where(entry["outcomes"], data["releases"])
        if not note:
            continue
        at = markdown.count("\n", 0, match.start())
        end = at + 1
        if match.group(1):  # inside tabs or a box: until the next unindented line
            while end < len(lines) and (
                not lines[end].strip()
                or lines[end][0] == " "
                or lines[end].startswith("===")
            ):
                end += 1
        else:  # a code block of its own: after its closing fence
            while end < len(lines) and not lines[end].startswith("```"):
                end += 1
            end += 1
        link = posixpath.relpath(VERSIONS, posixpath.dirname(page.file.src_uri))
        title, text = note
        notes.setdefault(end, []).extend(
            [
                "",
                f'!!! info "{title}"',
                f"    `{match.group(3)}`, in the [version matrix]({link}): {text}",
                "",
            ]
        )
    for end in sorted(notes, reverse=True):
        lines[end:end] = notes[end]
    return "\n".join(lines)


def versions_markdown(page):
    """The versions page: one table per chapter, a row per claim, a column per
    release, each row linking to the section that shows the claim's test."""
    data = matrix()
    releases = data["releases"]
    totals = {r: {o: 0 for o in SYMBOLS} for r in releases}
    for entry in data["claims"].values():
        for release, (outcome, _) in entry["outcomes"].items():
            totals[release][outcome] += 1
    lines = [
        "# Versions",
        "",
        f"Each claim test of this site, run on {len(releases)} Streamlit releases by "
        f"`{data['command']}` on {data['date']}. ✓ holds; ✗ does not hold (its test "
        "failed); – cannot run (the release lacks an API the example or the test "
        "uses). Hover a mark for the failure's reason. Browser claims are checked "
        "on the pin only, by the default check, and marked ·.",
        "",
        "| | " + " | ".join(releases) + " |",
        "|---|" + "---|" * len(releases),
    ]
    for outcome, symbol in SYMBOLS.items():
        counts = " | ".join(str(totals[r][outcome]) for r in releases)
        lines.append(f"| {symbol} {outcome} | {counts} |")
    browser = sum(entry["browser"] for entry in data["claims"].values())
    lines.append(
        f"| · browser, on the pin only | {' | '.join([str(browser)] * len(releases))} |"
    )
    chapters = {}
    for claim, entry in data["claims"].items():
        chapters.setdefault(claim.split("/")[1], []).append((claim, entry))
    for chapter, rows in chapters.items():
        lines += ["", f"## {chapter.replace('-', ' ').capitalize()}", ""]
        lines += ["| Claim | " + " | ".join(releases) + " |"]
        lines += ["|---|" + "---|" * len(releases)]
        for claim, entry in rows:
            file, name = claim.split("::")
            doc = file.removeprefix("tests/").replace("/test_", "/").replace("_", "-")
            doc = doc.removesuffix(".py") + ".md"
            src, anchor = shown_at.get(claim, (doc, ""))
            target = posixpath.relpath(src, posixpath.dirname(VERSIONS))
            link = f"{target}#{anchor}" if anchor else target
            cells = []
            for release in releases:
                if entry["browser"]:
                    cells.append("·")
                    continue
                outcome, reason = entry["outcomes"][release]
                tip = html.escape(reason or outcome, quote=True)
                for char in "|`*_[":  # plain text, not Markdown, in the attribute
                    tip = tip.replace(char, f"&#{ord(char)};")
                cells.append(f'<span title="{tip}">{SYMBOLS[outcome]}</span>')
            lines.append(f"| [`{name}`]({link}) | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def _title(page, anchor):
    for item in _walk(page.toc):
        if item.id == anchor:
            return item.title
    return page.title


def _walk(toc):
    for item in toc:
        yield item
        yield from _walk(item.children)


def changed_in(claim, data):
    """Where the version matrix shows a claim start to hold."""
    entry = data["claims"].get(claim)
    if entry is None or entry["browser"]:
        return "a browser claim: checked on the pin only"
    releases = data["releases"]
    holds, newest = holds_on(entry["outcomes"], releases)
    if holds == releases:
        return f"holds on all, {releases[0]} to {releases[-1]}"
    if newest:
        before = releases[releases.index(holds[0]) - 1]
        return f"after {before}, by {holds[0]}"
    return holds_where(entry["outcomes"], releases)[0].lower()


def changes_markdown():
    """The changes page: one table per page with boxes, in the order of the nav;
    each box with the marked test that proves it (scripts/matrix.changes) and
    where the version matrix shows the change."""
    marked, data = changes(), matrix()
    lines = [
        "# Changes from the 2024 docs",
        "",
        "Every box on this site that says where the 2024 Streamlit docs differ from "
        "the pinned release, Streamlit " + PIN_TOKEN + ". **Changed**: the behaviour "
        "was as described then and is different now. **Correction**: the 2024 text "
        "was wrong on every release. Each row links to the section with the box and "
        "its test. This page is built from the pages themselves.",
    ]
    for page in nav_pages:
        if page.file.src_uri in (CHANGES, VERSIONS):
            continue
        if page.file.src_uri not in boxes:
            raise RuntimeError(f"{CHANGES} rendered before {page.file.src_uri}")
        found = boxes[page.file.src_uri]
        if not found:
            continue
        lines += [
            "",
            f"## {page.title}",
            "",
            "| Box | About | Section | Its test | Changed, by the matrix |",
            "|---|---|---|---|---|",
        ]
        for kind, subject, anchor in found:
            target = posixpath.relpath(page.file.src_uri, posixpath.dirname(CHANGES))
            link = f"{target}#{anchor}" if anchor else target
            section = html.escape(_title(page, anchor)) if anchor else page.title
            about = subject.replace("|", "&#124;")
            proofs = [
                claim
                for claim, where in tests_on[page.file.src_uri]
                if where == anchor and kind in marked.get(claim, ())
            ]
            tests = ", ".join(f"`{c.split('::')[1]}`" for c in proofs) or "none"
            when = "; ".join(changed_in(c, data) for c in proofs)
            lines.append(
                f"| {kind} | {about} | [{section}]({link}) | {tests} | {when} |"
            )
    return "\n".join(lines).replace(PIN_TOKEN, streamlit_pin()) + "\n"
