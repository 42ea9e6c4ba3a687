"""MkDocs hooks: what the site derives from the repository at build time.

- The pinned Streamlit release, read from `requirements.txt`: shown in the banner of
  every page (`overrides/main.html`) and written for `{{ streamlit_pin }}` in a page.
- The "Changes from the 2024 docs" page (`changes.md`), listing every box titled
  "Changed since the 2024 docs[: subject]" or "Correction to the 2024 docs[: subject]"
  on the other pages, each linking to the section it stands in.
- Test code (a code block titled `tests/...`) is left out of the search index, so
  results preview the prose and the examples.
"""

import html
import posixpath
import re
from pathlib import Path

from mkdocs.structure.files import File

REPO = Path(__file__).resolve().parents[1]
PIN_TOKEN = "{{ streamlit_pin }}"
CHANGES = "changes.md"
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


def streamlit_pin(requirements=REPO / "requirements.txt"):
    """The release in `streamlit==X` of requirements.txt."""
    found = re.search(r"^streamlit==(\S+)", requirements.read_text(), re.M)
    if not found:
        raise ValueError(f"no streamlit==<version> line in {requirements}")
    return found.group(1)


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
    return config


def _in_nav(nav, name):
    if isinstance(nav, dict):
        return any(_in_nav(value, name) for value in nav.values())
    if isinstance(nav, list):
        return any(_in_nav(item, name) for item in nav)
    return nav == name


def on_files(files, config):
    if _in_nav(config.nav, CHANGES) and not files.get_file_from_path(CHANGES):
        # Appended last, so it is rendered after every page it lists.
        files.append(File.generated(config, CHANGES, content="# Changes\n"))
    return files


def on_nav(nav, config, files):
    nav_pages[:] = nav.pages
    return nav


def on_page_markdown(markdown, page, config, files):
    if page.file.src_uri == CHANGES and page.file.generated_by:
        return changes_markdown()
    return markdown.replace(PIN_TOKEN, config.extra["streamlit_pin"])


def on_page_content(content, page, config, files):
    boxes[page.file.src_uri] = find_boxes(content)
    return TEST_CODE.sub('<div class="highlight" data-search-exclude>', content)


def _title(page, anchor):
    for item in _walk(page.toc):
        if item.id == anchor:
            return item.title
    return page.title


def _walk(toc):
    for item in toc:
        yield item
        yield from _walk(item.children)


def changes_markdown():
    """The changes page: one table per page with boxes, in the order of the nav."""
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
        if page.file.src_uri == CHANGES:
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
            "| Box | About | Section |",
            "|---|---|---|",
        ]
        for kind, subject, anchor in found:
            target = posixpath.relpath(page.file.src_uri, posixpath.dirname(CHANGES))
            link = f"{target}#{anchor}" if anchor else target
            section = html.escape(_title(page, anchor)) if anchor else page.title
            about = subject.replace("|", "&#124;")
            lines.append(f"| {kind} | {about} | [{section}]({link}) |")
    return "\n".join(lines).replace(PIN_TOKEN, streamlit_pin()) + "\n"
