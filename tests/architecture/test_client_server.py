"""Claims of docs/architecture/client-server.md, on real servers and in Chromium.

The script runs in the server's process (ScriptRunner._run_script), in the
folder `streamlit run` was started from. An upload reaches it as an
UploadedFile (runtime/uploaded_file_manager.py): bytes and a name. When the
server goes, the frontend's ConnectionManager pings it again and again, and
its reconnect carries the old session id, which a new server's
WebsocketSessionManager.connect_session does not know. The health routes are
starlette_routes.create_health_routes and create_script_health_routes.
"""

import shlex
import sys

import pytest
from conftest import BROWSER_WAIT_MS, http
from playwright.sync_api import expect
from streamlit import config

PAGE = "architecture/client-server"


# --8<-- [start:test_the_script_writes_to_the_servers_disk]
@pytest.mark.browser
def test_the_script_writes_to_the_servers_disk(serve, page, tmp_path):
    """A click in the browser leaves a file in the server's working folder."""
    page.goto(serve(f"{PAGE}/saves_on_the_server.py", cwd=tmp_path))
    page.get_by_label("Note").fill("Order more flour")
    page.get_by_role("button", name="Save").click()

    saved = tmp_path / "notes.txt"
    expect(page.get_by_text(f"Saved to {saved}")).to_be_visible(timeout=BROWSER_WAIT_MS)
    assert saved.read_text() == "Order more flour\n"


# --8<-- [end:test_the_script_writes_to_the_servers_disk]


# --8<-- [start:test_webbrowser_open_runs_on_the_server]
@pytest.mark.browser
def test_webbrowser_open_runs_on_the_server(serve, page, tmp_path, monkeypatch):
    """webbrowser.open starts the server's own browser: here a stand-in command
    (the BROWSER variable) that writes down the URL it was given."""
    opened = tmp_path / "opened.txt"
    record = f"import sys; open({str(opened)!r}, 'a').write(sys.argv[1])"
    monkeypatch.setenv("BROWSER", f"{shlex.quote(sys.executable)} -c {record!r} %s")
    page.goto(serve(f"{PAGE}/opens_on_the_server.py"))
    page.get_by_role("button", name="Open the docs").click()

    answer = page.get_by_text("webbrowser.open returned True")
    expect(answer).to_be_visible(timeout=BROWSER_WAIT_MS)
    assert opened.read_text() == "https://docs.streamlit.io"  # on the server
    assert page.context.pages == [page]  # no new tab for the reader


# --8<-- [end:test_webbrowser_open_runs_on_the_server]


# --8<-- [start:test_an_upload_brings_bytes_and_a_name]
@pytest.mark.browser
def test_an_upload_brings_bytes_and_a_name(serve, page, tmp_path):
    """The reader's folder names never reach the server: only the file's."""
    private = tmp_path / "reader" / "private-folder"
    private.mkdir(parents=True)
    (private / "sales.csv").write_text("region,total\nnorth,12\n")

    page.goto(serve(f"{PAGE}/upload_reaches_the_server.py"))
    page.locator("input[type=file]").set_input_files(private / "sales.csv")

    expect(page.get_by_text("Got sales.csv, 22 bytes")).to_be_visible(
        timeout=BROWSER_WAIT_MS
    )
    expect(page.get_by_text("First line: region,total")).to_be_visible()
    expect(page.get_by_text("private-folder")).to_have_count(0)


# --8<-- [end:test_an_upload_brings_bytes_and_a_name]


# --8<-- [start:test_the_tab_reconnects_to_a_new_session_after_a_restart]
@pytest.mark.browser
def test_the_tab_reconnects_to_a_new_session_after_a_restart(serve, page):
    """Session state lived in the old server's memory, so it is gone."""
    url = serve(f"{PAGE}/counter_in_memory.py")
    page.goto(url)
    for clicks in "Clicks: 1", "Clicks: 2":
        page.get_by_role("button", name="Add one").click()
        expect(page.get_by_text(clicks)).to_be_visible(timeout=BROWSER_WAIT_MS)

    serve.stop(url)
    status = page.get_by_test_id("stStatusWidget")
    expect(status).to_have_text("Connecting", timeout=BROWSER_WAIT_MS)
    error = page.get_by_role("dialog").filter(has_text="Connection error")
    expect(error).to_be_visible(timeout=BROWSER_WAIT_MS)

    port = url.rpartition(":")[2]  # the same address as before
    assert serve(f"{PAGE}/counter_in_memory.py", f"--server.port={port}") == url
    expect(error).to_be_hidden(timeout=BROWSER_WAIT_MS)  # reconnected by itself
    expect(status).to_be_hidden()

    page.get_by_role("button", name="Add one").click()
    expect(page.get_by_text("Clicks: 1")).to_be_visible(timeout=BROWSER_WAIT_MS)


# --8<-- [end:test_the_tab_reconnects_to_a_new_session_after_a_restart]


# --8<-- [start:test_health_says_the_server_is_up_not_that_the_script_works]
def test_health_says_the_server_is_up_not_that_the_script_works(serve):
    """create_health_routes asks Runtime.is_ready_for_browser_connection, which
    looks at the runtime's state only; the script is not run."""
    url = serve(f"{PAGE}/raises_while_running.py")
    status, headers, body = http(f"{url}/_stcore/health")
    assert (status, body) == (200, b"ok")
    assert headers["Content-Type"] == "text/plain; charset=utf-8"
    assert headers["Cache-Control"] == "no-cache"


# --8<-- [end:test_health_says_the_server_is_up_not_that_the_script_works]


# --8<-- [start:test_the_script_health_check_runs_the_script_when_enabled]
def test_the_script_health_check_runs_the_script_when_enabled(serve):
    """Runtime.does_script_run_without_error runs the script in a throwaway
    session. The route exists only with server.scriptHealthCheckEnabled."""
    check = "/_stcore/script-health-check"
    off = serve(f"{PAGE}/raises_while_running.py")
    status, headers, body = http(off + check)  # no such route: the app's page
    assert (status, headers["Content-Type"]) == (200, "text/html; charset=utf-8")
    assert b"<title>Streamlit</title>" in body

    option = config.get_config_options()["server.scriptHealthCheckEnabled"]
    assert option.visibility == "hidden"  # not in `streamlit config show`
    assert "experimental Streamlit internal API" in option.description
    on = "--server.scriptHealthCheckEnabled=true"
    failing = serve(f"{PAGE}/raises_while_running.py", on)
    assert http(failing + check)[::2] == (503, b"error")
    assert http(serve(f"{PAGE}/counter_in_memory.py", on) + check)[::2] == (200, b"ok")


# --8<-- [end:test_the_script_health_check_runs_the_script_when_enabled]


# --8<-- [start:test_a_camera_is_reached_through_the_readers_browser]
@pytest.mark.browser
def test_a_camera_is_reached_through_the_readers_browser(serve, page):
    """st.camera_input's frontend takes the picture (Chromium's made-up camera
    here) and uploads it; the script gets an UploadedFile."""
    page.context.grant_permissions(["camera"])
    page.goto(serve(f"{PAGE}/camera_through_the_browser.py"))
    playing = "document.querySelector('video')?.videoWidth > 0"  # the camera is on
    page.wait_for_function(playing, timeout=BROWSER_WAIT_MS)
    page.get_by_role("button", name="Take Photo").click()

    got = page.get_by_text("Got a image/jpeg picture")
    expect(got).to_be_visible(timeout=BROWSER_WAIT_MS)


# --8<-- [end:test_a_camera_is_reached_through_the_readers_browser]
