"""Claims of docs/configuration/static-files.md, on real servers.

The route is starlette_routes.create_app_static_serving_routes: files under
file_util.get_app_static_dir(<main script>) at /app/static/<path>, the path
checked by build_safe_abspath, the type from guess_content_type (Python's
mimetypes). bootstrap._maybe_print_static_folder_warning warns about a missing
folder, or one over 1 GB.
"""

import shutil

import pytest
from conftest import BROWSER_WAIT_MS, SNIPPETS, http
from playwright.sync_api import expect

GALLERY = "configuration/static-files/gallery"


# --8<-- [start:test_a_file_in_static_is_served_and_shown]
@pytest.mark.browser
def test_a_file_in_static_is_served_and_shown(serve, page):
    """The option comes from gallery/.streamlit/config.toml, beside the script."""
    url = serve(f"{GALLERY}/app.py")
    status, headers, body = http(f"{url}/app/static/logo.svg")
    assert status == 200 and body.startswith(b"<svg")
    assert headers["Content-Type"] == "image/svg+xml"
    assert headers["X-Content-Type-Options"] == "nosniff"

    page.goto(url)
    logo = page.get_by_role("img", name="The bakery's logo")
    expect(logo).to_be_visible(timeout=BROWSER_WAIT_MS)
    assert logo.evaluate("image => image.naturalWidth") == 120  # it loaded


# --8<-- [end:test_a_file_in_static_is_served_and_shown]


TYPES = {
    "photo.png": "image/png",
    "notes.txt": "text/plain; charset=utf-8",
    "report.pdf": "application/pdf",
    "data.json": "application/json",
    "style.css": "text/css; charset=utf-8",
    "script.js": "application/javascript",  # bootstrap's mimetypes.add_type
    "page.html": "text/html; charset=utf-8",
    "model.weights": "application/octet-stream",  # an extension no one knows
    "data.csv.gz": "application/gzip",  # an encoding: gzip has a type of its own
    "data.csv.bz2": "application/octet-stream",  # any other encoding
    "backup.tar.xz": "application/octet-stream",
}


@pytest.fixture
def gallery(tmp_path):
    """A copy of the gallery app, to add files to its static folder."""
    shutil.copytree(SNIPPETS / GALLERY, tmp_path / "gallery")
    return tmp_path / "gallery"


# --8<-- [start:test_each_file_is_served_as_its_type]
@pytest.mark.browser
@pytest.mark.changed_since_2024
def test_each_file_is_served_as_its_type(serve, gallery, page):
    for name in TYPES:
        (gallery / "static" / name).write_bytes(b"x")
    (gallery / "static" / "page.html").write_text(
        "<script>document.title = 'the script ran'</script>"
    )
    url = serve(str(gallery / "app.py"))
    for name, content_type in TYPES.items():
        status, headers, _ = http(f"{url}/app/static/{name}")
        assert (status, headers["Content-Type"]) == (200, content_type), name
        assert headers["X-Content-Type-Options"] == "nosniff"
    page.goto(f"{url}/app/static/page.html")  # a page of the app's own site
    expect(page).to_have_title("the script ran", timeout=BROWSER_WAIT_MS)


# --8<-- [end:test_each_file_is_served_as_its_type]


# --8<-- [start:test_what_is_refused]
@pytest.mark.browser
def test_what_is_refused(serve, gallery):
    """build_safe_abspath: path_security.is_unsafe_path_pattern refuses any `..`
    segment before looking; then the real path (links followed) must stay in."""
    static = gallery / "static"
    (static / "menus").mkdir()
    (gallery / "secret.txt").write_text("outside static/")
    (static / "secret.txt").symlink_to(gallery / "secret.txt")  # points outside
    (static / "logo-link.svg").symlink_to(static / "logo.svg")  # points inside
    with (static / "huge.bin").open("wb") as huge:  # sparse: no disk used
        huge.truncate(200 * 1024 * 1024 + 1)
    url = serve(str(gallery / "app.py"))
    assert http(f"{url}/app/static/missing.png")[0] == 404
    assert http(f"{url}/app/static/menus")[0] == 404  # a folder
    assert http(f"{url}/app/static/huge.bin")[0] == 404  # over 200 MB
    assert http(f"{url}/app/static/%2E%2E/secret.txt")[0] == 400  # ../ escapes
    assert http(f"{url}/app/static/menus/../logo.svg")[0] == 400  # stays in: still
    assert http(f"{url}/app/static/menus/%2E%2E/logo.svg")[0] == 400
    assert http(f"{url}/app/static/secret.txt")[0] == 400  # a link out
    assert http(f"{url}/app/static/logo-link.svg")[0] == 200  # a link in
    assert http(f"{url}/app/static/logo.svg")[0] == 200


# --8<-- [end:test_what_is_refused]


# --8<-- [start:test_off_by_default_and_a_missing_folder_is_a_warning]
@pytest.mark.browser
def test_off_by_default_and_a_missing_folder_is_a_warning(serve, gallery):
    """Without the option there is no such route: unknown paths get the
    frontend's index.html (create_streamlit_static_assets_routes)."""
    (gallery / ".streamlit" / "config.toml").unlink()
    off = serve(str(gallery / "app.py"))
    status, headers, body = http(f"{off}/app/static/logo.svg")  # no such route:
    assert (status, headers["Content-Type"]) == (200, "text/html; charset=utf-8")
    assert b"<svg" not in body and b"<title>Streamlit</title>" in body  # the app's page
    # _StreamlitStaticFiles._is_reserved: these end in a route's path, so no page
    for reserved in ["_stcore/health", "_stcore/host-config", "_stcore/agent/x"]:
        assert http(f"{off}/app/static/{reserved}")[0] == 404, reserved

    shutil.rmtree(gallery / "static")
    url = serve(str(gallery / "app.py"), "--server.enableStaticServing=true")
    warning = "Static file serving is enabled, but no static folder found"
    assert warning in serve.log(url)
    assert http(f"{url}/_stcore/health")[2] == b"ok"  # the app runs all the same


# --8<-- [end:test_off_by_default_and_a_missing_folder_is_a_warning]


# --8<-- [start:test_a_folder_over_1_gb_is_still_served_despite_the_warning]
@pytest.mark.browser
def test_a_folder_over_1_gb_is_still_served_despite_the_warning(serve, gallery):
    """_maybe_print_static_folder_warning runs in _on_server_start, after
    create_app_static_serving_routes built the route; it sets the option to
    False, but the route is already there."""
    with (gallery / "static" / "big.bin").open("wb") as big:  # sparse: no disk used
        big.truncate(1024 * 1024 * 1024 + 1)
    url = serve(str(gallery / "app.py"))
    warning = "Static folder size is larger than 1GB. Static file serving has been"
    assert warning in serve.log(url)
    status, headers, body = http(f"{url}/app/static/logo.svg")
    assert (status, headers["Content-Type"]) == (200, "image/svg+xml")
    assert body.startswith(b"<svg")


# --8<-- [end:test_a_folder_over_1_gb_is_still_served_despite_the_warning]
