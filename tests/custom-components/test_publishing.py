"""Claims of docs/custom-components/publishing.md.

setuptools.build_meta (through `python -m build --wheel`, the harness's
build_wheel) puts the listed packages and their [tool.setuptools.package-data]
into the wheel. In the installed package, components.v1.declare_component
gets the frontend's path from the module's own __file__, so the installed
copy serves its own files (starlette_routes.create_component_routes).
"""

import shutil
import zipfile

import pytest
from conftest import BROWSER_WAIT_MS, SNIPPETS, build_wheel
from playwright.sync_api import expect

PAGE = "custom-components/publishing"
PROJECT = SNIPPETS / PAGE / "soup-rating"


@pytest.fixture
def wheel(tmp_path):
    """The package's wheel, built from a copy (a build writes into its folder)."""
    project = shutil.copytree(PROJECT, tmp_path / "soup-rating")
    return build_wheel(project, tmp_path / "dist")


# --8<-- [start:test_the_wheel_holds_the_frontend]
def test_the_wheel_holds_the_frontend(wheel):
    assert wheel.name == "soup_rating-0.1.0-py3-none-any.whl"
    files = set(zipfile.ZipFile(wheel).namelist())
    assert {"soup_rating/__init__.py", "soup_rating/frontend/index.html"} <= files


# --8<-- [end:test_the_wheel_holds_the_frontend]


# --8<-- [start:test_the_frontend_needs_package_data_or_a_manifest]
@pytest.mark.parametrize(
    ("package_data", "manifest", "included"),
    [(False, None, False), (False, "recursive-include soup_rating/frontend *", True)],
)
def test_the_frontend_needs_package_data_or_a_manifest(
    tmp_path, package_data, manifest, included
):
    project = shutil.copytree(PROJECT, tmp_path / "soup-rating")
    pyproject = project / "pyproject.toml"
    table = "[tool.setuptools.package-data]"
    assert table in pyproject.read_text()
    if not package_data:  # drop the table and what follows it
        pyproject.write_text(pyproject.read_text().split(table)[0])
    if manifest:  # setuptools' include-package-data (on by default) reads it
        (project / "MANIFEST.in").write_text(manifest + "\n")
    files = zipfile.ZipFile(build_wheel(project, tmp_path / "dist")).namelist()
    assert "soup_rating/__init__.py" in files
    assert ("soup_rating/frontend/index.html" in files) is included


# --8<-- [end:test_the_frontend_needs_package_data_or_a_manifest]


# --8<-- [start:test_the_installed_package_works_in_a_fresh_environment]
@pytest.mark.browser
def test_the_installed_package_works_in_a_fresh_environment(
    wheel, fresh_venv, serve, page, tmp_path
):
    python, install = fresh_venv  # the pinned Streamlit, nothing of this project
    install(str(wheel))
    # The user's app, away from the package source: the import finds the wheel.
    reader = tmp_path / "reader"
    reader.mkdir()
    shutil.copy(PROJECT / "app.py", reader / "app.py")
    url = serve(str(reader / "app.py"), cwd=reader, python=python)
    page.goto(url)
    frame = page.frame_locator("iframe[title='soup_rating.soup_rating']")
    expect(frame.locator("#label")).to_have_text(
        "How was the soup?", timeout=BROWSER_WAIT_MS
    )
    expect(page.get_by_text("Stars: 0")).to_be_visible()
    frame.get_by_role("button", name="4 ★").click()
    expect(page.get_by_text("Stars: 4")).to_be_visible(timeout=BROWSER_WAIT_MS)
    served = page.locator("iframe").get_attribute("src")
    assert served.startswith(f"{url}/component/soup_rating.soup_rating/index.html")


# --8<-- [end:test_the_installed_package_works_in_a_fresh_environment]


# --8<-- [start:test_the_package_source_runs_in_apptest]
def test_the_package_source_runs_in_apptest(app, monkeypatch):
    """The same app on the package's source folder: no frontend, so the default."""
    monkeypatch.syspath_prepend(str(PROJECT))
    at = app(f"{PAGE}/soup-rating/app.py").run()
    assert at.main[0].proto.component_name == "soup_rating.soup_rating"
    assert at.markdown[0].value == "Stars: 0"


# --8<-- [end:test_the_package_source_runs_in_apptest]
