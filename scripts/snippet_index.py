"""Which snippets run on their own: the one list the playground and its tests share."""

import ast
import re
from pathlib import Path
from typing import NamedTuple

REPO = Path(__file__).resolve().parents[1]
SNIPPETS = REPO / "snippets"
DOCS = REPO / "docs"


def _tree(path: Path) -> ast.AST:
    return ast.parse(path.read_text(), filename=str(path))


def imported_modules(path: Path) -> set[str]:
    """The top-level names of the modules a Python file imports."""
    names = set()
    for node in ast.walk(_tree(path)):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module.split(".")[0])
    return names


def sibling_files_used(path: Path) -> set[Path]:
    """The files beside `path` that it imports (`import models`) or names in a
    string, as in `st.Page("settings.py")`: parts of its app, not apps of their own."""
    named = {f"{name}.py" for name in imported_modules(path)}
    named |= {
        node.value
        for node in ast.walk(_tree(path))
        if isinstance(node, ast.Constant) and str(node.value).endswith(".py")
    }
    return {path.parent / name for name in named if (path.parent / name).is_file()}


def is_multipage_app(path: Path) -> bool:
    """Whether the file calls `st.navigation`, i.e. is a multipage app itself."""
    return any(
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "navigation"
        for node in ast.walk(_tree(path))
    )


def runnable_snippets(root: Path = SNIPPETS) -> list[Path]:
    """Every `.py` under root that imports streamlit and that no sibling uses.

    A file a sibling imports is a helper module, and a file a sibling names in
    `st.Page(...)` is a page of that sibling's app; config files and other
    non-`.py` files are never apps. Nor is a reader's pytest file (`test_*.py`),
    and the app it names is not its helper.
    """
    snippets = sorted(p for p in root.rglob("*.py") if not p.name.startswith("test_"))
    used = set().union(*(sibling_files_used(path) for path in snippets))
    return [
        path
        for path in snippets
        if path not in used and "streamlit" in imported_modules(path)
    ]


class Section(NamedTuple):
    page: str  # the page's URL path, e.g. "app-design/custom-classes/"
    page_title: str  # its first heading, e.g. "Custom classes"
    anchor: str  # the id of the heading above the include, "" if none
    heading: str  # that heading's text


FENCE = re.compile(r"^\s*(```|~~~)")
HEADING = re.compile(r"^(?: {4})*(#{1,6})\s+(.+?)\s*#*\s*$")
INCLUDE = re.compile(r'^\s*--8<-- "(snippets/[^"]+\.py)"')


def heading_ids(headings: list[str]) -> list[tuple[str, str]]:
    """[(id, text)] of markdown headings, as mkdocs' `toc` extension makes them:
    the same slugs, made unique in page order (`-1`, `_1` ...)."""
    import markdown  # mkdocs' own dependency, in .venv

    md = markdown.Markdown(extensions=["toc", "attr_list"])
    md.convert("\n\n".join(headings))

    def walk(tokens):
        for token in tokens:
            yield token["id"], token["name"]
            yield from walk(token["children"])

    return list(walk(md.toc_tokens))


def doc_sections(docs: Path = DOCS) -> dict[str, Section]:
    """{"snippets/.../x.py": where it is shown}: for each snippet included on a
    page, the page and the heading above its first include there. The page named
    like the snippet's folder wins over other pages that include it too."""
    found = {}
    for page in sorted(docs.rglob("*.md")):
        url = page.relative_to(docs).with_suffix("").as_posix() + "/"
        url = "" if url == "index/" else url.removesuffix("index/")
        headings, includes, fenced = [], [], False
        for line in page.read_text().splitlines():
            if FENCE.match(line):
                fenced = not fenced
            elif INCLUDE.match(line):
                includes.append((INCLUDE.match(line).group(1), len(headings)))
            elif not fenced and HEADING.match(line):
                headings.append(line.strip())
        ids = heading_ids(headings)
        for path, above in includes:
            anchor, heading = ids[above - 1] if above else ("", "")
            section = Section(url, ids[0][1] if ids else url, anchor, heading)
            folder = path.removeprefix("snippets/").rpartition("/")[0] + "/"
            if path not in found or (folder == url and found[path].page != url):
                found[path] = section
    return found
