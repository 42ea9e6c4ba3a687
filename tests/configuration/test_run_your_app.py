"""Claims of docs/configuration/run-your-app.md.

`streamlit run` is web/cli.py: main_run parses the command line with click,
picks the file (a URL is downloaded by _download_remote, a folder means its
streamlit_app.py), and bootstrap._fix_sys_argv hands the script its arguments.
Parsing is checked with click alone; the arguments' arrival in a real server.
"""

import re
import subprocess
import sys
from importlib.metadata import entry_points
from importlib.util import find_spec
from pathlib import Path

import click
import pytest
from conftest import BROWSER_WAIT_MS, SNIPPETS
from playwright.sync_api import expect
from streamlit import url_util
from streamlit.web.cli import main_run

PAGE = "configuration/run-your-app"
REPORT = f"{PAGE}/report"


def streamlit(*args, cwd):
    """`python -m streamlit <args>` that must stop by itself (an error)."""
    return subprocess.run(
        [sys.executable, "-m", "streamlit", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=BROWSER_WAIT_MS / 1000,
    )


# --8<-- [start:test_python_m_streamlit_is_the_same_command]
def test_python_m_streamlit_is_the_same_command():
    """The `streamlit` command is the entry point streamlit.web.cli:main, and
    streamlit/__main__.py calls that same `main`, under the same name."""
    scripts = entry_points(group="console_scripts")
    (command,) = [e for e in scripts if e.name == "streamlit"]
    assert command.value == "streamlit.web.cli:main"
    module = Path(find_spec("streamlit.__main__").origin).read_text()
    assert "from streamlit.web.cli import main" in module
    assert 'main(prog_name="streamlit")' in module


# --8<-- [end:test_python_m_streamlit_is_the_same_command]


def parsed(*command_line):
    """The script arguments click gives main_run for `streamlit run <command_line>`."""
    return main_run.make_context("run", list(command_line)).params["args"]


# --8<-- [start:test_what_reaches_the_script]
def test_what_reaches_the_script():
    """main_run's `args` is click.argument(nargs=-1): every word after the file
    that is not a Streamlit option; a word starting with - is an option to click."""
    assert parsed("app.py", "north", "2026") == ("north", "2026")
    assert parsed("app.py", "--server.port=8601", "north") == ("north",)
    with pytest.raises(click.NoSuchOption):
        parsed("app.py", "--region", "north")
    assert parsed("app.py", "--", "--region", "north") == ("--region", "north")


# --8<-- [end:test_what_reaches_the_script]


# --8<-- [start:test_a_folder_runs_its_streamlit_app_with_its_arguments]
@pytest.mark.browser
def test_a_folder_runs_its_streamlit_app_with_its_arguments(serve, page):
    """main_run: a folder as the target means <folder>/streamlit_app.py."""
    page.goto(serve(REPORT, args=["--region", "north"]))
    expect(page.get_by_role("heading", name="Sales report")).to_be_visible(
        timeout=BROWSER_WAIT_MS
    )
    expect(page.get_by_text("Arguments: ['--region', 'north']")).to_be_visible()


# --8<-- [end:test_a_folder_runs_its_streamlit_app_with_its_arguments]


# --8<-- [start:test_a_folder_without_streamlit_app_py]
def test_a_folder_without_streamlit_app_py(tmp_path):
    """Without a target, main_run's default is streamlit_app.py; click refuses
    a path that does not exist (exit 2), before any server starts."""
    for command_line in [["run"], ["run", "."]]:
        run = streamlit(*command_line, cwd=tmp_path)
        assert run.returncode == 2
        assert "File does not exist: streamlit_app.py" in run.stderr
    (tmp_path / "notes.txt").write_text("print('hello')\n")
    run = streamlit("run", "notes.txt", cwd=tmp_path)
    assert run.returncode == 2
    assert "Streamlit requires raw Python (.py) files, not .txt." in run.stderr


# --8<-- [end:test_a_folder_without_streamlit_app_py]


@pytest.fixture
def file_server():
    """A plain HTTP server for the report folder, on 127.0.0.1, stopped by its pid."""
    proc = subprocess.Popen(
        [sys.executable, "-u", "-m", "http.server", "0", "--bind", "127.0.0.1"],
        cwd=SNIPPETS / REPORT,
        stdout=subprocess.PIPE,
        text=True,
    )
    first = proc.stdout.readline()  # Serving HTTP on 127.0.0.1 port N (...)
    port = re.search(r"port (\d+)", first).group(1)
    yield f"http://127.0.0.1:{port}"
    proc.terminate()
    proc.wait(timeout=BROWSER_WAIT_MS / 1000)


# --8<-- [start:test_a_script_from_a_url]
@pytest.mark.browser
def test_a_script_from_a_url(serve, page, file_server):
    """main_run downloads a URL target into a temporary folder and runs it there."""
    url = serve(f"{file_server}/streamlit_app.py", args=["south"])
    page.goto(url)
    expect(page.get_by_text("Arguments: ['south']")).to_be_visible(
        timeout=BROWSER_WAIT_MS
    )
    assert "You can now view your Streamlit app in your browser." in serve.log(url)
    assert f"URL: {url}" in serve.log(url)


# --8<-- [end:test_a_script_from_a_url]


# --8<-- [start:test_a_github_page_becomes_its_raw_file]
def test_a_github_page_becomes_its_raw_file():
    """url_util.process_gitblob_url, applied before the download."""
    page_url = "https://github.com/acme/sales/blob/main/report/streamlit_app.py"
    raw = "https://github.com/acme/sales/raw/main/report/streamlit_app.py"
    assert url_util.process_gitblob_url(page_url) == raw


# --8<-- [end:test_a_github_page_becomes_its_raw_file]
