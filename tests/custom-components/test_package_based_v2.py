"""Claims of docs/custom-components/package-based-v2.md.

manifest_scanner.scan_component_manifests finds installed distributions whose
name, summary or requirements mention streamlit, reads a pyproject.toml listed
in their files with [[tool.streamlit.component.components]], and
ComponentManifestHandler.process_manifest registers "<project>.<name>" with its
asset_dir. component_definition_resolver.build_definition_with_validation turns
a path-like js/css into a file under that asset_dir (served under
/_stcore/bidi-components/<name>/), and raises when there is none.
"""

import shutil

import pytest
from conftest import BROWSER_WAIT_MS, SNIPPETS, build_wheel, http
from playwright.sync_api import expect
from streamlit.components.v2.component_manager import BidiComponentManager
from streamlit.components.v2.component_path_utils import ComponentPathUtils
from streamlit.components.v2.manifest_scanner import _process_single_package
from streamlit.errors import StreamlitAPIException

PAGE = "custom-components/package-based-v2"
PROJECT = SNIPPETS / PAGE / "streamlit-greeting"


# --8<-- [start:test_the_installed_wheel_renders_and_returns_a_value]
@pytest.mark.browser
def test_the_installed_wheel_renders_and_returns_a_value(
    serve, page, fresh_venv, tmp_path
):
    """Built into a wheel and installed in a new venv, the package is found at
    startup: its JS and CSS files load and the component returns its state."""
    shutil.copytree(PROJECT, tmp_path / "project")  # build outside snippets/
    wheel = build_wheel(tmp_path / "project", tmp_path / "dist")
    python, install = fresh_venv
    install(str(wheel))

    assets = []
    page.on("request", lambda r: assets.append(r.url) if "bidi-comp" in r.url else 0)
    # Run the app away from the project folder, so the import finds the wheel.
    shutil.copy(PROJECT / "app.py", tmp_path / "app.py")
    url = serve(str(tmp_path / "app.py"), cwd=tmp_path, python=python)
    page.goto(url)
    hello = page.get_by_text("Hello, Ada!")
    expect(hello).to_be_visible(timeout=BROWSER_WAIT_MS)  # greeting.js ran
    expect(hello).to_have_css("font-weight", "700")  # greeting.css applied
    expect(page.get_by_text("waves: 0")).to_be_visible()  # the default
    page.get_by_role("button", name="Wave back").click()
    expect(page.get_by_text("waves: 1")).to_be_visible(timeout=BROWSER_WAIT_MS)
    assert {url.split("/_stcore/")[1] for url in assets} >= {
        "bidi-components/streamlit-greeting.greeting/greeting.js",
        "bidi-components/streamlit-greeting.greeting/greeting.css",
    }
    assert page.locator("iframe").count() == 0
    # no session needed: a plain request gets a file of the asset folder
    css = "_stcore/bidi-components/streamlit-greeting.greeting/greeting.css"
    status, _, body = http(f"{url}/{css}")
    assert status == 200 and b"--st-primary-color" in body


# --8<-- [end:test_the_installed_wheel_renders_and_returns_a_value]


# --8<-- [start:test_file_names_need_an_installed_manifest]
def test_file_names_need_an_installed_manifest(app, raised, monkeypatch):
    """Not installed, the package has no asset_dir: js="greeting.js" raises
    (error id component-missing-asset-dir) when the module is imported."""
    monkeypatch.syspath_prepend(str(PROJECT))
    at = app(f"{PAGE}/streamlit-greeting/app.py").run()
    assert raised(at) == [StreamlitAPIException]
    assert "must be declared in pyproject.toml with asset_dir" in at.exception[0].value


# --8<-- [end:test_file_names_need_an_installed_manifest]


class _FolderDist:
    """The distribution an install of the project folder would make."""

    name = "streamlit-greeting"
    version = "0.1.0"
    metadata = {"Summary": ""}
    files = ["streamlit_greeting/pyproject.toml"]

    def locate_file(self, file):
        return PROJECT / file


# --8<-- [start:test_the_manifest_names_the_component_and_its_asset_dir]
def test_the_manifest_names_the_component_and_its_asset_dir(app, monkeypatch):
    """What the scanner reads from the package's inner pyproject.toml: the
    name "<project>.<component>" and asset_dir, relative to the package."""
    monkeypatch.syspath_prepend(str(PROJECT))
    manifest, root = _process_single_package(_FolderDist())
    assert root == PROJECT / "streamlit_greeting"
    manager = BidiComponentManager()
    manager.register_from_manifest(manifest, root)
    assert manager.get_component_asset_root("streamlit-greeting.greeting") == (
        root / "assets"
    )

    at = app(f"{PAGE}/streamlit-greeting/app.py")
    at._bidi_component_manager = manager  # as if installed
    at.run()
    (component,) = [e for e in at.main if e.type == "bidi_component"]
    assert component.proto.js_source_path == "greeting.js"  # a URL, not content
    assert component.proto.css_source_path == "greeting.css"
    assert component.proto.js_content == ""
    assert at.markdown[0].value == "waves: 0"


# --8<-- [end:test_the_manifest_names_the_component_and_its_asset_dir]


# --8<-- [start:test_which_strings_are_file_names]
@pytest.mark.parametrize(
    ("value", "is_file"),
    [
        ("greeting.js", True),
        ("greeting.css", True),
        ("module.mjs", True),
        ("module.cjs", True),
        ("build/index.js", True),
        ("build\\index", True),  # a backslash is a separator too
        ("GREETING.JS", True),  # the extension in any case
        ("index-*.js", True),
        ("./main", True),
        ("console.log('hi')", False),
        (".greeting { color: red; }", False),
        ("greeting.js\n", True),  # stripped first
        ("// greeting.js\nconsole.log(1)", False),  # a line break: code
    ],
)
def test_which_strings_are_file_names(value, is_file):
    """ComponentPathUtils.looks_like_inline_content decides, for js and css."""
    assert ComponentPathUtils.looks_like_inline_content(value) is not is_file


# --8<-- [end:test_which_strings_are_file_names]
