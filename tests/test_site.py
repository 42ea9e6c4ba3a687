"""The site builds without a warning, and a broken include fails the build."""

import os
import subprocess
import sys

from conftest import REPO


def mkdocs_build(site_dir, config="mkdocs.yml"):
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config)]
        + ["-d", str(site_dir)],
        cwd=REPO,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )


def test_site_builds_strict_without_warnings(tmp_path):
    run = mkdocs_build(tmp_path / "site")
    assert run.returncode == 0, run.stderr
    assert "WARNING" not in run.stderr, run.stderr


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
