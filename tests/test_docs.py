"""Integrity: every example is shown, tested, linted, and its output true."""

import re
import subprocess
import sys
import tomllib

import pytest
from conftest import REPO, SNIPPETS
from pytest_examples import CodeExample, EvalExample

DOCS = REPO / "docs"
PAGES = sorted(DOCS.rglob("*.md"))
INCLUDE = re.compile(r'^\s*--8<--\s+"([^":]+)(?::([\w-]+))?"', re.MULTILINE)
FENCE = re.compile(r"^([ \t]*)```(\w*)[^\n]*\n(.*?)^\1```", re.MULTILINE | re.DOTALL)
PRINTED = sorted(p for p in SNIPPETS.rglob("*.py") if "#> " in p.read_text())


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
    else:
        eval_example.run_print_check(example)


# --8<-- [end:test_printed_output_matches_the_page]


def test_ci_runs_the_readme_test_command():
    readme = (REPO / "README.md").read_text()
    command = re.search(r"^bash scripts/check\.sh$", readme, re.MULTILINE)
    assert command, "README.md must show the test command `bash scripts/check.sh`."
    assert command.group() in (REPO / ".ci/run").read_text().splitlines(), (
        ".ci/run must call the README's test command exactly as written."
    )
