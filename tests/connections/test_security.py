"""Claims of docs/connections/security.md.

The XSRF and CORS claims are about Streamlit's HTTP server
(web/server/starlette/starlette_routes.py), so they run against real
`streamlit run` servers on 127.0.0.1, with forged requests from the standard
library. What HTML runs is up to the frontend: one page load in Chromium.
"""

import shutil
import subprocess
import tomllib
from http.cookies import SimpleCookie

import pytest
from conftest import BROWSER_WAIT_MS, SNIPPETS, http
from playwright.sync_api import expect
from streamlit import config

PAGE = "connections/security"
UPLOADER = f"{PAGE}/uploader.py"
ORIGIN_HEADER = "Access-Control-Allow-Origin"


def git(*args, cwd):
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True)


# --8<-- [start:test_gitignore_keeps_secrets_toml_out_of_git]
def test_gitignore_keeps_secrets_toml_out_of_git(tmp_path):
    """`git check-ignore` exits 0 for an ignored path, 1 for one it would add.
    Secrets sit in the root's .streamlit and beside an app in a subfolder."""
    assert git("init", "-q", cwd=tmp_path).returncode == 0
    secrets = [".streamlit/secrets.toml", "bakery/.streamlit/secrets.toml"]
    for path in secrets:
        (tmp_path / path).parent.mkdir(parents=True)
        (tmp_path / path).write_text('api_token = "x"\n')
    (tmp_path / ".streamlit" / "config.toml").write_text("")
    for path in secrets:  # no .gitignore yet: added
        assert git("check-ignore", "-q", path, cwd=tmp_path).returncode == 1

    shutil.copy(SNIPPETS / PAGE / ".gitignore", tmp_path / ".gitignore")
    for path in secrets:  # ignored, in both folders
        assert git("check-ignore", "-q", path, cwd=tmp_path).returncode == 0
    committed = git("check-ignore", "-q", ".streamlit/config.toml", cwd=tmp_path)
    assert committed.returncode == 1  # the config file can still be committed
    git("add", "-A", cwd=tmp_path)
    staged = git("diff", "--cached", "--name-only", cwd=tmp_path).stdout.split()
    assert staged == [".gitignore", ".streamlit/config.toml"]


# --8<-- [end:test_gitignore_keeps_secrets_toml_out_of_git]


def flags():
    """server_protection.toml as `streamlit run` flags."""
    server = tomllib.loads((SNIPPETS / PAGE / "server_protection.toml").read_text())
    return [
        f"--server.{key}={','.join(v) if isinstance(v, list) else str(v).lower()}"
        for key, v in server["server"].items()
    ]


def upload(url, headers=None):
    """A PUT to the file-upload route, for a session that does not exist."""
    return http(f"{url}/_stcore/upload_file/no-session/no-file", "PUT", headers)[0]


# --8<-- [start:test_an_upload_without_the_xsrf_token_is_refused]
@pytest.mark.browser
def test_an_upload_without_the_xsrf_token_is_refused(serve, page, tmp_path):
    """create_upload_routes._check_xsrf runs before the session check: without
    a header X-Xsrftoken matching the cookie _streamlit_xsrf, 403. With a
    match, the request goes on and fails for its made-up session (400). The
    app's own page sends the header, so its upload goes through."""
    url = serve(UPLOADER, *flags())
    _, health, _ = http(f"{url}/_stcore/health")  # any page load sets the cookie
    token = SimpleCookie(health["Set-Cookie"])["_streamlit_xsrf"].value
    cookie = {"Cookie": f"_streamlit_xsrf={token}"}

    assert upload(url) == 403  # neither cookie nor header
    assert upload(url, cookie) == 403  # the cookie alone is not enough
    assert upload(url, {**cookie, "X-Xsrftoken": "2|00|11|22"}) == 403  # wrong token
    assert upload(url, {**cookie, "X-Xsrftoken": token}) == 400  # past the XSRF check

    prices = tmp_path / "prices.csv"
    prices.write_text("bread,3\n")
    page.goto(url)
    expect(page.get_by_text("nothing uploaded")).to_be_visible(timeout=BROWSER_WAIT_MS)
    page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(prices)
    written = page.get_by_test_id("stMarkdownContainer").get_by_text("prices.csv")
    expect(written).to_be_visible(timeout=BROWSER_WAIT_MS)  # the app got the file

    unprotected = serve(UPLOADER, "--server.enableXsrfProtection=false")
    assert upload(unprotected) == 400  # no token needed: straight to the session
    assert "Set-Cookie" not in http(f"{unprotected}/_stcore/health")[1]

    login = tmp_path / "login"  # server_util.is_xsrf_enabled: [auth] keeps it on
    (login / ".streamlit").mkdir(parents=True)
    (login / ".streamlit" / "secrets.toml").write_text(
        '[auth]\nredirect_uri = "http://localhost:8501/oauth2callback"\n'
        'cookie_secret = "a-long-random-string"\n'
    )
    with_auth = serve(UPLOADER, "--server.enableXsrfProtection=false", cwd=login)
    assert upload(with_auth) == 403  # the token is asked for all the same
    assert "_streamlit_xsrf" in http(f"{with_auth}/_stcore/health")[1]["Set-Cookie"]


# --8<-- [end:test_an_upload_without_the_xsrf_token_is_refused]


# --8<-- [start:test_cors_decides_the_allowed_origin_header]
@pytest.mark.browser
def test_cors_decides_the_allowed_origin_header(serve):
    """_set_cors_headers: with server.enableCORS, only an origin listed in
    server.corsAllowedOrigins is echoed; without it, every origin gets "*".
    enableCORS=false is not switched back on by XSRF protection, and the upload
    route keeps its XSRF check (_set_upload_headers, _check_xsrf). Both options
    default to true (config.py)."""
    options = config.get_config_options()
    for name in ["server.enableCORS", "server.enableXsrfProtection"]:
        assert options[name].default_val is True
    url = serve(UPLOADER, *flags())
    health = f"{url}/_stcore/health"
    _, answer, _ = http(health, headers={"Origin": "http://attacker.example"})
    assert ORIGIN_HEADER not in answer
    _, answer, _ = http(health, headers={"Origin": "http://trusted.example"})
    assert answer[ORIGIN_HEADER] == "http://trusted.example"

    open_url = serve(UPLOADER, "--server.enableCORS=false")  # XSRF stays on
    _, answer, _ = http(f"{open_url}/_stcore/health", headers={"Origin": "http://a.b"})
    assert answer[ORIGIN_HEADER] == "*"
    assert upload(open_url) == 403


# --8<-- [end:test_cors_decides_the_allowed_origin_header]


# --8<-- [start:test_what_html_runs_in_markdown_and_st_html]
@pytest.mark.browser
def test_what_html_runs_in_markdown_and_st_html(serve, page):
    """elements/markdown.py and elements/html.py only pass flags; the frontend
    decides: st.markdown escapes HTML unless unsafe_allow_html; st.html
    sanitizes (DOMPurify) and runs scripts only with unsafe_allow_javascript.
    Event-handler attributes are gone in every case."""
    page.goto(serve(f"{PAGE}/html_and_scripts.py"))
    page.wait_for_function("window.html_js_script === true", timeout=BROWSER_WAIT_MS)

    plain = page.get_by_test_id("stMarkdownContainer").first
    expect(plain).to_contain_text('<b id="markdown_plain">bold</b>')  # as text
    expect(plain).to_contain_text('onerror="window.markdown_plain_onerror = true">')
    expect(plain).to_contain_text("<script>window.markdown_plain_script = true")
    assert page.locator("#markdown_plain").count() == 0

    def scripts(name):  # <script> elements whose code names `name`
        return page.evaluate(
            "n => [...document.scripts].filter(s => s.text.includes(n)).length", name
        )

    for name in ["markdown_html", "html_plain", "html_js"]:
        assert page.locator(f"b#{name}").count() == 1  # the tags are HTML now
    assert page.locator("img").count() == 3
    assert page.locator("img[onerror]").count() == 0  # no handler left to fire
    assert scripts("markdown_html_script") == 1  # kept, but never run
    assert page.evaluate("window.markdown_html_script") is None
    assert scripts("html_plain_script") == 0  # removed by st.html
    assert page.evaluate("window.html_plain_script") is None
    for name in ["markdown_plain", "markdown_html", "html_plain", "html_js"]:
        assert page.evaluate(f"window.{name}_onerror") is None  # no handler ran


# --8<-- [end:test_what_html_runs_in_markdown_and_st_html]


# --8<-- [start:test_every_cache_data_hit_unpickles]
def test_every_cache_data_hit_unpickles(app):
    """cache_data_api: a miss stores pickle.dumps(value); each hit returns
    pickle.loads(...) of it, which calls what __reduce__ names."""
    at = app(f"{PAGE}/cache_unpickles.py").run()
    assert at.markdown[0].value == "rebuilt: 0"  # the miss: stored, not loaded
    at.run()
    at.run()
    assert at.markdown[0].value == "rebuilt: 2"  # one load per hit


# --8<-- [end:test_every_cache_data_hit_unpickles]


# --8<-- [start:test_st_cache_is_gone]
@pytest.mark.changed_since_2024
def test_st_cache_is_gone(app, raised):
    """streamlit/__init__.py defines cache_data and cache_resource, no cache."""
    at = app(f"{PAGE}/st_cache_is_gone.py").run()
    assert raised(at) == [AttributeError]
    assert len(at.markdown) == 0


# --8<-- [end:test_st_cache_is_gone]
