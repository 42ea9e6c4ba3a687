"""Integrity: every example is shown, tested, linted, and its output true."""

import ast
import importlib.metadata
import json
import re
import subprocess
import sys
import tomllib

import pytest
from conftest import REPO, SNIPPETS
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from pytest_examples import CodeExample, EvalExample
from snippet_index import imported_modules

DOCS = REPO / "docs"
PAGES = sorted(DOCS.rglob("*.md"))
INCLUDE = re.compile(r'^\s*--8<--\s+"([^":]+)(?::([\w-]+))?"', re.MULTILINE)
FENCE = re.compile(r"^([ \t]*)```(\w*)[^\n]*\n(.*?)^\1```", re.MULTILINE | re.DOTALL)
PRINTED = sorted(p for p in SNIPPETS.rglob("*.py") if "#> " in p.read_text())
TESTS = sorted((REPO / "tests").rglob("*.py"))
# What a reader installs to run every example: `pip install "streamlit[auth,sql]"`
# at the pin (the extras bring Authlib and SQLAlchemy, for the Connections chapter).
READER_INSTALLS = ["streamlit[auth,sql]"]


def rel(path):
    return path.relative_to(REPO).as_posix()


def includes():
    """(page, included path, section or None) for every `--8<--` line in docs/."""
    for page in PAGES:
        for path, section in INCLUDE.findall(page.read_text()):
            yield rel(page), path, section or None


def test_every_snippet_is_included_by_a_page():
    shown = {path for _, path, _ in includes()}
    orphans = [rel(p) for p in SNIPPETS.rglob("*") if p.is_file()]
    orphans = [p for p in orphans if p not in shown and "__pycache__" not in p]
    assert not orphans, (
        f"Not shown on any page: {orphans}. Include each one in its page with "
        '--8<-- "<path>", or delete it.'
    )


def test_every_included_file_and_section_exists():
    missing = []
    for page, path, section in includes():
        target = REPO / path
        if not target.is_file():
            missing.append(f"{page} includes {path}, which does not exist")
        elif section and f"[start:{section}]" not in target.read_text():
            missing.append(
                f"{page} includes section '{section}' of {path}, which has no "
                f"'# --8<-- [start:{section}]' marker"
            )
    assert not missing, "\n".join(missing)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: rel(p))
def test_page_has_no_inline_python_or_toml(page):
    inline = [
        lang
        for _, lang, body in FENCE.findall(page.read_text())
        if lang in ("python", "py", "toml")
        and any(line.strip() and "--8<--" not in line for line in body.splitlines())
    ]
    assert not inline, (
        f"{rel(page)} has an inline {inline} fence. Move the code into a file under "
        'snippets/, test it, and include it with --8<-- "snippets/...".'
    )


@pytest.mark.parametrize("args", [["check"], ["format", "--check", "--diff"]])
def test_ruff_is_clean(args):
    run = subprocess.run(
        [sys.executable, "-m", "ruff", *args, "snippets", "tests", "scripts"],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, (
        f"ruff {' '.join(args)} failed; fix with `ruff check --fix` / `ruff format`:\n"
        f"{run.stdout}{run.stderr}"
    )


def test_printed_output_is_not_reformatted():
    excluded = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["ruff"]
    missing = [rel(p) for p in PRINTED if rel(p) not in excluded["format"]["exclude"]]
    assert not missing, (
        f"{missing} show `#>` output, which ruff format rewrites as `# >`. "
        "Add them to [tool.ruff.format] exclude in pyproject.toml."
    )


# --8<-- [start:test_printed_output_matches_the_page]
@pytest.mark.parametrize("path", PRINTED, ids=lambda p: rel(p))
def test_printed_output_matches_the_page(path, eval_example: EvalExample):
    """`#>` comments are what the example really prints (`--update-examples` fixes)."""
    example = CodeExample.create(path.read_text(), path=path)
    # Run the snippet file itself rather than a temporary copy, so coverage counts it.
    eval_example._write_file = lambda _: path
    if eval_example.update_examples:
        eval_example.run_print_update(example)
        return
    try:
        eval_example.run_print_check(example)
    except pytest.fail.Exception as stale:
        pytest.fail(
            f"{rel(path)}: its `#>` comments differ from what it prints. Run "
            "`bash scripts/check.sh --update-examples -k printed_output` to rewrite "
            f"them, then check the page still says the same.\n{stale}",
            pytrace=False,
        )


# --8<-- [end:test_printed_output_matches_the_page]


def test_ci_runs_the_readme_test_command():
    readme = (REPO / "README.md").read_text()
    command = re.search(r"^bash scripts/check\.sh$", readme, re.MULTILINE)
    assert command, "README.md must show the test command `bash scripts/check.sh`."
    assert command.group() in (REPO / ".ci/run").read_text().splitlines(), (
        ".ci/run must call the README's test command exactly as written."
    )


# Calls that assert on a test's behalf: Playwright's expect, pytest's fail/raises/
# warns, and pytest-examples' output check.
ASSERTING_CALLS = {"expect", "fail", "raises", "warns", "run_print_check"}


def called_name(call):
    return getattr(call.func, "id", None) or getattr(call.func, "attr", None)


def asserting_functions(functions):
    """Names of `functions` that assert, directly or through another that does."""
    asserting = set(ASSERTING_CALLS)
    while True:
        found = {
            name
            for name, body in functions.items()
            if any(
                isinstance(node, ast.Assert)
                or (isinstance(node, ast.Call) and called_name(node) in asserting)
                for node in ast.walk(body)
            )
        }
        if found <= asserting:
            return asserting
        asserting |= found


def test_every_test_asserts_something():
    functions, tests = {}, []
    for path in TESTS:
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                functions[node.name] = node
                if node.name.startswith("test_"):
                    tests.append(f"{rel(path)}::{node.name}")
    asserting = asserting_functions(functions)
    silent = [t for t in tests if t.rpartition("::")[2] not in asserting]
    assert not silent, (
        f"These tests assert nothing, so they pass whatever Streamlit does: {silent}. "
        "Add an `assert` (or Playwright `expect`) on the behaviour the claim names."
    )


def reader_modules():
    """Top-level modules a reader has after installing READER_INSTALLS."""
    seen, todo = set(), [Requirement(name) for name in READER_INSTALLS]
    while todo:
        req = todo.pop()
        key = (canonicalize_name(req.name), frozenset(req.extras))
        if key in seen:
            continue
        seen.add(key)
        for line in importlib.metadata.requires(req.name) or []:
            dep = Requirement(line)
            extras = {"", *req.extras}  # markers name the extra that asks for it
            if not dep.marker or any(dep.marker.evaluate({"extra": x}) for x in extras):
                todo.append(dep)
    dists = {name for name, _ in seen}
    return {
        module
        for module, owners in importlib.metadata.packages_distributions().items()
        if {canonicalize_name(owner) for owner in owners} & dists
    }


def beside(path):
    """The modules and packages in the folder of `path`: the reader has them too."""
    folder = path.parent
    return {p.stem for p in folder.glob("*.py")} | {
        p.parent.name for p in folder.glob("*/__init__.py")
    }


def test_snippets_import_only_what_a_reader_installs():
    allowed = set(sys.stdlib_module_names) | reader_modules()
    strays = [
        f"{rel(path)} imports {module}"
        for path in sorted(SNIPPETS.rglob("*.py"))
        for module in sorted(imported_modules(path))
        if module not in allowed | beside(path)
    ]
    assert not strays, (
        f"{strays}: a reader who runs `pip install {' '.join(READER_INSTALLS)}` "
        "does not have these. Use what Streamlit brings, or add the package to "
        "READER_INSTALLS in tests/test_docs.py and to the README's reader set-up."
    )


def test_reader_modules_hold_streamlits_dependencies_but_no_test_tools():
    modules = reader_modules()
    assert {"streamlit", "pandas", "numpy", "altair", "pyarrow"} <= modules
    assert {"sqlalchemy", "authlib", "httpx"} <= modules  # the auth and sql extras
    assert not {"snowflake", "plotly", "matplotlib"} & modules  # extras not asked for
    assert not {"pytest", "playwright", "mkdocs", "pymdownx", "ruff"} & modules


def test_a_test_that_asserts_only_through_a_helper_counts():
    tree = ast.parse(
        "def check(x):\n    assert x\n"
        "def test_through_helper():\n    check(1)\n"
        "def test_silent():\n    print(1)\n"
    )
    functions = {f.name: f for f in tree.body}
    asserting = asserting_functions(functions)
    assert "test_through_helper" in asserting
    assert "test_silent" not in asserting


# Options a page names as gone, and the test that proves it.
GONE_OPTIONS = {
    "global.dataFrameSerialization": "test_the_legacy_serialization_option_is_gone"
}


def test_every_option_a_page_or_config_snippet_names_exists():
    """Each `section.option` in a page's text, and each key of a snippet's
    config.toml, is an option of the pinned release (`streamlit config show`)."""
    from streamlit import config

    options = set(config.get_config_options())
    sections = "|".join(sorted({name.split(".")[0] for name in options}))
    named = re.compile(rf"`((?:{sections})\.[a-zA-Z]+(?:\.[a-zA-Z]+)?)")
    unknown = [
        f"{page.relative_to(REPO)}: {name}"
        for page in PAGES
        for name in named.findall(page.read_text())
        if name not in options and name not in GONE_OPTIONS and name != "secrets.toml"
    ]

    def names(table, prefix=""):  # nested sections, e.g. [theme.light.sidebar]
        for key, value in table.items():
            name = prefix + key
            if isinstance(value, dict) and name not in options:
                yield from names(value, name + ".")
            else:
                yield name

    for toml in SNIPPETS.rglob("config.toml"):
        unknown += [
            f"{toml.relative_to(REPO)}: {name}"
            for name in names(tomllib.loads(toml.read_text()))
            if name not in options
        ]
    assert not unknown, "No such option on the pinned release:\n" + "\n".join(unknown)
    proofs = " ".join(test.read_text() for test in TESTS)
    assert all(f"def {test}(" in proofs for test in GONE_OPTIONS.values())


def test_the_version_matrix_covers_every_claim_test():
    """data/matrix.json (scripts/matrix.py) has a row for each claim test, and
    an outcome on each of its releases for each one it runs."""
    import matrix

    data, claims = json.loads(matrix.DATA.read_text()), matrix.claims()
    redo = f"the version matrix is out of date: run `{matrix.COMMAND}`"
    assert data["releases"] == matrix.releases(), redo
    missing = [name for name in claims if name not in data["claims"]]
    assert not missing, f"{redo}; it lacks {missing}"
    gone = [name for name in data["claims"] if name not in claims]
    assert not gone, f"{redo}; it has tests that no longer exist: {gone}"
    for name, browser in claims.items():
        entry = data["claims"][name]
        assert entry["browser"] == browser, f"{redo}: {name} is a browser claim now"
        wanted = [] if browser else data["releases"]
        assert list(entry["outcomes"]) == wanted, f"{redo}: {name}"


def test_no_snippet_file_is_ignored_by_git():
    """A snippet that .gitignore hides works here and is missing from every clone."""
    ignored = subprocess.run(
        ["git", "ls-files", "--others", "--ignored", "--exclude-standard", "snippets"],
        cwd=REPO,
        capture_output=True,
        text=True,
    ).stdout.split()
    hidden = [name for name in ignored if "__pycache__" not in name]
    assert not hidden, f"ignored by .gitignore, so never committed: {hidden}"
