"""The harness: run a snippet under AppTest, isolated from every other test."""

import importlib
import importlib.util
import inspect
import itertools
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
import warnings
from pathlib import Path

import pandas  # noqa: F401  (see _components below)
import pyarrow  # noqa: F401
import pytest
import streamlit as st
from matrix import streamlit_pin
from streamlit import config
from streamlit.testing.v1 import AppTest

try:  # components v2; scripts/matrix.py runs these tests on older releases too
    from streamlit.components.v2.component_manager import BidiComponentManager
except ImportError:
    BidiComponentManager = None

REPO = Path(__file__).resolve().parents[1]
SNIPPETS = REPO / "snippets"


class _Lacking(type):
    """A name this release lacks, imported by a test: using it raises ImportError,
    so scripts/matrix_plugin.py reports that one test as "cannot run"."""

    def _lacks(cls, *_, **__):
        raise ImportError(f"Streamlit {st.__version__} has no {cls.__qualname__}")

    __call__ = __eq__ = __instancecheck__ = __subclasscheck__ = _lacks
    __hash__ = type.__hash__


def _from_a_test(depth):
    """Is the code `depth` frames up in a test module (not Streamlit, not
    importlib deciding whether to import a submodule, not this file)?"""
    frame = sys._getframe(depth + 1)
    while frame.f_code.co_filename.startswith("<frozen importlib"):
        frame = frame.f_back
    file = Path(frame.f_code.co_filename)
    return file.name.startswith("test_") and file.is_relative_to(REPO / "tests")


def _lacking(module):
    def __getattr__(name):  # consulted only for a name the module does not have
        # Only a test gets a stand-in: Streamlit's own `hasattr` checks and
        # `from streamlit.pkg import submodule` must see the module as it is.
        if name.startswith("__") or not _from_a_test(1):
            raise AttributeError(f"module {module!r} has no attribute {name!r}")
        return _Lacking(name, (Exception,), {"__qualname__": f"{module}.{name}"})

    return __getattr__


class _LackingModules:
    """A module this release lacks, imported by a test module: a stand-in whose
    names are all `_Lacking`, so only the tests that use one cannot run, not
    every test of the module. Last on sys.meta_path: real modules come first."""

    def find_spec(self, fullname, path, target=None):
        if fullname.startswith("streamlit.") and _from_a_test(1):
            return importlib.util.spec_from_loader(fullname, self, is_package=True)
        return None

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.__getattr__ = _lacking(module.__name__)


# An older release, in scripts/matrix.py: the guards below apply only there.
OFF_PIN = st.__version__ != streamlit_pin()

if OFF_PIN:
    for name, module in list(sys.modules.items()):
        if name.startswith("streamlit.") and not hasattr(module, "__getattr__"):
            module.__getattr__ = _lacking(name)
    sys.meta_path.append(_LackingModules())

    def _secrets_from_here(reset):
        """Before the pin, the project's secrets path was fixed from the working
        directory when Streamlit started; the pin reads it when it parses. Make
        `st.secrets._reset()` re-read it, as the tests that chdir expect."""

        def _reset(self):
            reset(self)
            from streamlit import file_util

            paths = [
                file_util.get_streamlit_file_path("secrets.toml"),
                file_util.get_project_streamlit_file_path("secrets.toml"),
            ]
            if hasattr(self, "_file_paths"):  # before secrets.files (1.38)
                self._file_paths = paths
            elif config.get_where_defined("secrets.files") == "<default>":
                config._set_option("secrets.files", paths, "<default>")

        return _reset

    from streamlit.runtime.secrets import Secrets

    Secrets._reset = _secrets_from_here(Secrets._reset)

# Before 1.56 AppTest put the script file itself on sys.path, not its folder as
# `streamlit run` does, so a snippet could not import a module beside it.
_OLD_APPTEST_PATH = OFF_PIN and "_main_script_dir" not in inspect.getsource(
    importlib.import_module("streamlit.runtime.scriptrunner.exec_code")
)

CHROMIUM = shutil.which("chromium")

# Playwright auto-waits (ms): a bound, never a sleep; generous for a loaded machine.
BROWSER_WAIT_MS = 15_000

# Generous enough for a loaded CI machine; override with APPTEST_TIMEOUT=<seconds>.
TIMEOUT = float(os.environ.get("APPTEST_TIMEOUT", "10"))

# Each new AppTest scans the metadata of every installed package for components,
# about 80 ms of a 90 ms test. The installed packages do not change while the
# tests run, so scan once per process and share the result.
_components = BidiComponentManager and BidiComponentManager()
if _components:
    _components.discover_and_register_components(start_file_watching=False)
# Likewise `st.write` of a list or a frame imports pandas and pyarrow inside the
# run (seconds on a loaded machine): imported above, once per process.


@pytest.fixture
def app(request):
    """`app("chapter/page/example.py")` -> an AppTest of that snippet, not yet run.

    After the test, an exception the script reported fails the test unless the
    test asked for it with `raised(at)`: a snippet that breaks must not pass.
    """
    made = request.node.apptests = []  # scripts/matrix_plugin.py reads them too
    path_before = list(sys.path)

    def load(path: str) -> AppTest:
        if _OLD_APPTEST_PATH:  # `streamlit run` puts the script's folder first
            sys.path.insert(0, str((SNIPPETS / path).parent))
        # A str, not a Path: 1.37's from_file hashes the path as text.
        at = AppTest.from_file(str(SNIPPETS / path), default_timeout=TIMEOUT)
        if _components:
            at._bidi_component_manager = _components
        made.append((path, at))
        return at

    yield load
    sys.path[:] = path_before
    call = getattr(request.node, "rep_call", None)
    if call is None or call.failed:
        return  # the test's own failure says more
    asked = request.node.stash.get(ASKED, set())
    for path, at in made:
        if at.exception and id(at) not in asked:
            types = [e.proto.type for e in at.exception]
            pytest.fail(
                f"snippets/{path} raised {types}, which the test did not check. "
                "Fix the snippet, or assert the error with `raised(at) == [...]`.",
                pytrace=False,
            )


ASKED = pytest.StashKey[set]()


@pytest.fixture
def raised(request):
    """`raised(at)` -> the classes of the exceptions the script reported.

    AppTest does not raise a script's exception; it records the qualified type
    name in `at.exception`. Compare with classes: `raised(at) == [KeyError]`.
    A class that cannot be imported (defined in the script) stays a name string.
    """

    def resolve(name):
        module, _, cls = name.rpartition(".")
        try:
            return getattr(importlib.import_module(module or "builtins"), cls)
        except (ImportError, AttributeError):
            return name if module else _Named(name)

    def classes(at):
        request.node.stash.setdefault(ASKED, set()).add(id(at))
        return [resolve(e.proto.type) for e in at.exception]

    return classes


class _Named(str):
    """A bare class name, as releases before 1.4x record it: equal to a class
    of that name too."""

    def __eq__(self, other):
        if type(other) is _Lacking:  # a class this release lacks: cannot run
            return other == self
        return other.__name__ == self if isinstance(other, type) else str(self) == other

    __hash__ = str.__hash__


def shown(at):
    """The values of what the last run drew in the main area, in page order,
    leaving out the boxes of exceptions (check those with `raised`)."""
    drawn = [e for e in at.main if e.type not in ("main", "exception")]
    return [getattr(e, "value", None) for e in drawn]


@pytest.fixture
def set_config():
    """`set_config("section.option", value)` for this test only."""
    saved = {}

    def set_(key, value):
        saved.setdefault(key, (config.get_option(key), config.get_where_defined(key)))
        config.set_option(key, value)

    yield set_
    for key, (value, where) in saved.items():
        config.set_option(key, value, where)


@pytest.fixture(autouse=True)
def _isolated():
    """Empty caches before each test; forget modules a snippet imported after it."""
    st.cache_data.clear()
    st.cache_resource.clear()
    before = set(sys.modules)
    yield
    for name in set(sys.modules) - before:
        if str(getattr(sys.modules[name], "__file__", "")).startswith(str(SNIPPETS)):
            del sys.modules[name]


# A server prints its URL once it listens; the port in it is the one it bound.
SERVER_URL = re.compile(rb"URL: (https?://127\.0\.0\.1:\d+)")
_stopping = []  # servers told to stop, reaped before the test process ends


@pytest.fixture
def serve(tmp_path):
    """`serve("chapter/page/app.py", "--flag=value")` -> URL of a real `streamlit run`.

    `path` may be a URL instead; `args=[...]` go to the script, after `--`.
    `python=` runs it with another interpreter, e.g. a `fresh_venv`.

    The server listens on 127.0.0.1 on a port the OS picks (port 0), headless,
    with no usage stats and no file watcher; flags override these. Its URL is
    read from its own output, so it is never another process's server.
    `serve.stop(url)` stops a server and waits until it has exited; every server
    still running is stopped after the test, pass or fail. `serve.log(url)` is
    what a server printed.
    """
    running, logs = {}, {}  # url -> its process, url -> its output file
    numbers = itertools.count()  # one new output file per server

    def start(
        path: str, *flags: str, cwd: Path = REPO, args=(), python=sys.executable
    ) -> str:
        options = {
            "server.address": "127.0.0.1",
            "server.port": "0",
            "server.headless": "true",
            "browser.gatherUsageStats": "false",
            "server.fileWatcherType": "none",
        }
        for flag in flags:  # a test's flags override the defaults above
            key, _, value = flag.removeprefix("--").partition("=")
            options[key] = value
        log = tmp_path / f"streamlit-{next(numbers)}.log"
        target = path if "://" in path else str(SNIPPETS / path)  # a file or a URL
        proc = subprocess.Popen(
            [str(python), "-m", "streamlit", "run", target]
            + [f"--{key}={value}" for key, value in options.items()]
            + ["--", *args],  # the script's own arguments
            cwd=cwd,
            stdout=log.open("ab"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and proc.poll() is None:
            printed = SERVER_URL.search(log.read_bytes())
            if printed:
                url = printed.group(1).decode()
                running[url], logs[url] = proc, log
                return url
            time.sleep(0.02)  # poll for readiness, not a wait for behaviour
        os.killpg(proc.pid, signal.SIGKILL)
        pytest.fail(f"streamlit run {path} did not start:\n{log.read_text()}")

    def stop(url: str) -> None:
        proc = running.pop(url)
        os.killpg(proc.pid, signal.SIGTERM)
        _reap(proc)

    start.stop = stop
    start.log = lambda url: logs[url].read_text()
    yield start
    for proc in running.values():  # stop now, wait for the exit later
        os.killpg(proc.pid, signal.SIGTERM)
        _stopping.append(proc)


def http(url, method="GET", headers=None):
    """(status, headers, body) of one request; an HTTP error status is an answer too."""
    request = urllib.request.Request(url, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=BROWSER_WAIT_MS / 1000) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def build_wheel(project: Path, out: Path) -> Path:
    """`python -m build --wheel` of a package folder, offline: its wheel."""
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", out]
        + [str(project)],
        check=True,
        capture_output=True,
    )
    (wheel,) = out.glob("*.whl")
    return wheel


@pytest.fixture(scope="session")
def fresh_venv(tmp_path_factory):
    """A new virtual environment with the pinned Streamlit and nothing of this
    project: (its python, `install(*wheels)`). Installed offline from uv's cache;
    coverage goes in too, so the snippet lines it runs still count."""
    venv = tmp_path_factory.mktemp("venv")
    python = venv / "bin/python"
    pins = [
        line
        for line in (REPO / "requirements.txt").read_text().splitlines()
        if line.startswith(("streamlit==", "coverage=="))
    ]

    def install(*things):
        subprocess.run(
            ["uv", "pip", "install", "-q", "--offline", "--python", python, *things],
            check=True,
        )

    subprocess.run(["uv", "venv", "-q", "--python", sys.executable, venv], check=True)
    install(*pins)
    return python, install


def _reap(proc):
    try:
        proc.wait(timeout=30)  # a loaded machine; a kill would lose its coverage
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        warnings.warn(  # shown in the summary: it explains a coverage miss
            f"`streamlit run {proc.args[4]}` (pid {proc.pid}) ran on 30 s after "
            "SIGTERM and was killed, so coverage lost the lines it ran.",
            stacklevel=1,
        )


def mkdocs_build(site_dir, config="mkdocs.yml"):
    """`mkdocs build --strict` -> the finished process, with its stderr."""
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config)]
        + ["-d", str(site_dir)],
        cwd=REPO,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )


@pytest.fixture(scope="session")
def built_site(tmp_path_factory):
    """The site, built once per test process: (its folder, the build process)."""
    root = tmp_path_factory.mktemp("site")
    return root, mkdocs_build(root)


@pytest.fixture(scope="session", autouse=True)
def _servers_exit():
    """Wait for every stopped server, so its coverage data is written in time."""
    yield
    while _stopping:
        _reap(_stopping.pop())


@pytest.hookimpl(trylast=True)
def pytest_terminal_summary(terminalreporter, config):
    """After coverage's report: how to fix a snippet line that no test runs."""
    total = getattr(config.pluginmanager.getplugin("_cov"), "cov_total", None)
    if total is not None and total < 100:
        terminalreporter.write_line(
            "Each snippet line listed under Missing above runs in no test. Add a test "
            "that runs it (a browser test counts), delete it, or, if it can never "
            "run, end it with `# never runs: <why>` and prove why in its test.",
            red=True,
        )


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """Keep each phase's report on the test, so fixtures can see how it went."""
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report


@pytest.fixture(scope="session")
def browser():
    """Debian's headless Chromium, one per test process. Required when CI=true."""
    if not CHROMIUM:
        if os.environ.get("CI") == "true":
            pytest.fail("chromium is not installed: run `bash scripts/check.sh`.")
        pytest.skip("chromium is not installed: run `bash scripts/check.sh`.")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(
            executable_path=CHROMIUM,
            # No sandbox as root; no background traffic to hosts we cannot reach.
            args=["--no-sandbox", "--disable-gpu", "--disable-quic"]
            + ["--disable-background-networking", "--disable-component-update"]
            + ["--disable-sync", "--no-first-run"]
            # A made-up camera, allowed without asking, for st.camera_input.
            + ["--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"],
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A fresh browser tab with its own cookies and storage."""
    context = browser.new_context()
    yield context.new_page()
    context.close()
