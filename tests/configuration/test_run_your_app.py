"""Claims of docs/configuration/run-your-app.md.

`streamlit run` is web/cli.py: main_run parses the command line with click,
picks the file (a URL is downloaded by _download_remote, a folder means its
streamlit_app.py), and bootstrap._fix_sys_argv hands the script its arguments.
Parsing is checked with click alone; the arguments' arrival in a real server.
"""

import re
import shutil
import subprocess
import sys
import tempfile
from importlib.metadata import entry_points
from importlib.util import find_spec
from pathlib import Path

import click
import pytest
from conftest import BROWSER_WAIT_MS, SNIPPETS, http
from playwright.sync_api import expect
from streamlit import url_util
from streamlit.web import bootstrap, cli
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
@pytest.mark.correction_2024
def test_what_reaches_the_script():
    """main_run's `args` is click.argument(nargs=-1): every word after the file
    that is not a Streamlit option; a word starting with - is an option to click."""
    assert parsed("app.py", "north", "2026") == ("north", "2026")
    assert parsed("app.py", "--server.port=8601", "north") == ("north",)
    with pytest.raises(click.NoSuchOption):
        parsed("app.py", "--region", "north")
    assert parsed("app.py", "--", "--region", "north") == ("--region", "north")
    assert parsed("app.py", "-", "north") == ("-", "north")  # a lone - is a word
    with pytest.raises(click.NoSuchOption):
        parsed("app.py", "-5")
    run = streamlit("run", str(SNIPPETS / REPORT), "-5", cwd=SNIPPETS)  # for real
    assert run.returncode == 2 and "No such option '-5'" in run.stderr


# --8<-- [end:test_what_reaches_the_script]


# --8<-- [start:test_a_folder_runs_its_streamlit_app_with_its_arguments]
@pytest.mark.browser
def test_a_folder_runs_its_streamlit_app_with_its_arguments(serve, page):
    """main_run: a folder as the target means <folder>/streamlit_app.py;
    bootstrap._fix_sys_argv makes sys.argv [absolute script path, *args]."""
    page.goto(serve(REPORT, args=["--region", "north"]))
    expect(page.get_by_role("heading", name="Sales report")).to_be_visible(
        timeout=BROWSER_WAIT_MS
    )
    expect(page.get_by_text("Arguments: ['--region', 'north']")).to_be_visible()
    script = SNIPPETS / REPORT / "streamlit_app.py"
    expect(page.get_by_text(f"Script: {script}", exact=True)).to_be_visible()


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
    (tmp_path / "notes").write_text("print('hello')\n")  # _check_extension_or_raise
    run = streamlit("run", "notes", cwd=tmp_path)
    assert run.returncode == 2
    assert "the provided file has no extension" in run.stderr


# --8<-- [end:test_a_folder_without_streamlit_app_py]


# --8<-- [start:test_a_py3_file_runs_too]
def test_a_py3_file_runs_too(serve, tmp_path):
    """cli.ACCEPTED_FILE_EXTENSIONS is ("py", "py3"): the server starts."""
    assert cli.ACCEPTED_FILE_EXTENSIONS == ("py", "py3")
    script = tmp_path / "report.py3"
    shutil.copy(SNIPPETS / REPORT / "streamlit_app.py", script)
    url = serve(str(script))
    assert "You can now view your Streamlit app" in serve.log(url)
    assert http(f"{url}/_stcore/health")[2] == b"ok"


# --8<-- [end:test_a_py3_file_runs_too]


# --8<-- [start:test_the_target_can_come_from_a_variable]
def test_the_target_can_come_from_a_variable(monkeypatch):
    """main_run's target is click.argument(envvar="STREAMLIT_RUN_TARGET")."""
    assert main_run.make_context("run", []).params["target"] == "streamlit_app.py"
    monkeypatch.setenv("STREAMLIT_RUN_TARGET", "report/streamlit_app.py")
    target = main_run.make_context("run", []).params["target"]
    assert target == "report/streamlit_app.py"
    assert main_run.make_context("run", ["other.py"]).params["target"] == "other.py"


# --8<-- [end:test_the_target_can_come_from_a_variable]


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
    """main_run downloads a URL target into a streamlit.temporary_directory
    TemporaryDirectory and runs it there; leaving the `with` deletes it."""
    url = serve(f"{file_server}/streamlit_app.py", args=["south"])
    page.goto(url)
    expect(page.get_by_text("Arguments: ['south']")).to_be_visible(
        timeout=BROWSER_WAIT_MS
    )
    assert "You can now view your Streamlit app in your browser." in serve.log(url)
    assert f"URL: {url}" in serve.log(url)

    shown = page.get_by_text("Script: ").inner_text()
    copy = Path(shown.removeprefix("Script: "))
    assert copy.name == "streamlit_app.py" and copy.is_file()
    assert copy.parent.parent == Path(tempfile.gettempdir())  # a folder of its own
    serve.stop(url)
    assert not copy.parent.exists()  # deleted when the server stopped


# --8<-- [end:test_a_script_from_a_url]


# --8<-- [start:test_a_github_page_becomes_its_raw_file]
def test_a_github_page_becomes_its_raw_file(monkeypatch):
    """main_run calls url_util.process_gitblob_url before _download_remote.
    No internet here: the download and the run are replaced by recorders."""
    page_url = "https://github.com/acme/sales/blob/main/report/streamlit_app.py"
    raw = "https://github.com/acme/sales/raw/main/report/streamlit_app.py"
    assert url_util.process_gitblob_url(page_url) == raw

    downloaded, ran = [], []
    monkeypatch.setattr(cli, "_download_remote", lambda path, u: downloaded.append(u))
    monkeypatch.setattr(cli, "_main_run", lambda path, *_, **__: ran.append(path))
    main_run.main([page_url], standalone_mode=False)
    assert downloaded == [raw]
    assert Path(ran[0]).name == "streamlit_app.py"


# --8<-- [end:test_a_github_page_becomes_its_raw_file]


# --8<-- [start:test_the_url_lines_depend_on_the_server_address]
@pytest.mark.parametrize(
    ("address", "lines"),
    [
        ("127.0.0.1", ["URL: http://127.0.0.1:8501"]),
        (None, ["Local URL: http://localhost:8501", "Network URL: http://"]),
        ("0.0.0.0", ["Local URL: http://localhost:8501", "Network URL: http://"]),
    ],
)
def test_the_url_lines_depend_on_the_server_address(set_config, capsys, address, lines):
    """bootstrap._print_url: one URL for an address that is set and not a
    wildcard; else localhost and net_util.get_internal_ip (not headless: no
    lookup of a public address, which would need the internet)."""
    set_config("server.headless", False)
    set_config("server.port", 8501)
    if address:
        set_config("server.address", address)
    bootstrap._print_url(is_running_hello=False)
    printed = [line.strip() for line in capsys.readouterr().out.splitlines()]
    urls = [line for line in printed if "URL:" in line]
    assert len(urls) == len(lines)
    assert all(url.startswith(line) for url, line in zip(urls, lines, strict=True))


# --8<-- [end:test_the_url_lines_depend_on_the_server_address]
