"""Which snippets run on their own: the one list the playground and its tests share."""

import ast
from pathlib import Path

SNIPPETS = Path(__file__).resolve().parents[1] / "snippets"


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
    non-`.py` files are never apps.
    """
    snippets = sorted(root.rglob("*.py"))
    used = set().union(*(sibling_files_used(path) for path in snippets))
    return [
        path
        for path in snippets
        if path not in used and "streamlit" in imported_modules(path)
    ]
