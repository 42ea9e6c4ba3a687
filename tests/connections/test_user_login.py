"""Claims of docs/connections/user-login.md.

st.login, st.user and st.logout read the `[auth]` secrets through Streamlit's
secrets singleton (streamlit.runtime.secrets.secrets_singleton), which reads the
files listed in the `secrets.files` option. The AppTest claims point that option
at a file of their own. The login round trip runs in Chromium against a real
`streamlit run` server and a real OpenID Connect provider, oidc-provider-mock,
both on 127.0.0.1.
"""

import json
import os
import re
import signal
import subprocess
import sys
import time
import tomllib
from unittest import mock

import authlib
import pytest
import streamlit as st
from conftest import BROWSER_WAIT_MS, SNIPPETS
from playwright.sync_api import expect
from streamlit.errors import StreamlitAuthError, StreamlitMissingAuthlibError

PAGE = "connections/user-login"
ONE_PROVIDER = (SNIPPETS / PAGE / "secrets_one_provider.toml").read_text()
TWO_PROVIDERS = (SNIPPETS / PAGE / "secrets_two_providers.toml").read_text()
# The snippets name oidc-provider-mock on its default port; a test's own
# provider listens on a port the OS picks.
SNIPPET_PROVIDER = "http://127.0.0.1:9400"


def texts(at):
    return [t.value for t in at.text]


def without(toml, section, key=None):
    """`toml` without `key = ...` in `[section]`, or without the whole section."""
    kept, current = [], None
    for line in toml.splitlines(keepends=True):
        if line.startswith("["):
            current = line.strip().strip("[]")
        if current == section and (key is None or line.startswith(f"{key} =")):
            continue
        kept.append(line)
    return "".join(kept)


# --8<-- [start:use_secrets]
@pytest.fixture
def use_secrets(tmp_path, monkeypatch):
    """`use_secrets(text)`: `text` is the only secrets file Streamlit finds;
    `use_secrets(None)`: it finds none. Streamlit looks in `.streamlit/` of the
    working directory and of the home folder (the default `secrets.files`):
    both are fresh folders here. What it parsed is dropped before and after."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)

    def use(text):
        if text is not None:
            (tmp_path / ".streamlit").mkdir()
            (tmp_path / ".streamlit" / "secrets.toml").write_text(text)
        st.secrets._reset()

    yield use
    st.secrets._reset()


# --8<-- [end:use_secrets]


# --8<-- [start:test_is_logged_in_is_false_before_login]
def test_is_logged_in_is_false_before_login(app, use_secrets):
    """user_info._get_user_info adds is_logged_in=False when the [auth]
    section exists and the session has no identity (an empty user dict, which
    is what the server gives a browser without the identity cookie)."""
    use_secrets(ONE_PROVIDER)
    at = app(f"{PAGE}/login_logout.py")
    at.user = {}
    at.run()
    assert texts(at) == ["Not logged in"]
    assert [b.label for b in at.button] == ["Log in"]


# --8<-- [end:test_is_logged_in_is_false_before_login]


# --8<-- [start:test_without_auth_st_user_has_no_is_logged_in]
@pytest.mark.parametrize(
    "secrets", [None, 'api_key = "x"\n'], ids=["no-file", "no-auth-section"]
)
def test_without_auth_st_user_has_no_is_logged_in(app, raised, use_secrets, secrets):
    """_get_user_info adds is_logged_in only if get_secrets_auth_section() is
    not empty; UserInfoProxy.__getattr__ raises AttributeError for a missing key."""
    use_secrets(secrets)
    at = app(f"{PAGE}/login_logout.py")
    at.user = {}
    at.run()
    assert raised(at) == [AttributeError]
    assert texts(at) == []
    assert not at.button


# --8<-- [end:test_without_auth_st_user_has_no_is_logged_in]


# --8<-- [start:test_login_without_auth_raises_auth_error]
@pytest.mark.parametrize(
    "secrets", [None, 'api_key = "x"\n'], ids=["no-file", "no-auth-section"]
)
def test_login_without_auth_raises_auth_error(app, raised, use_secrets, secrets):
    """auth_util.validate_auth_credentials raises StreamlitAuthError when no
    secrets file is found or it has no [auth] section."""
    use_secrets(secrets)
    at = app(f"{PAGE}/login_logout.py")
    at.user = {"is_logged_in": False}  # get past the first line, to st.login()
    at.run()
    at.button[0].click().run()
    assert raised(at) == [StreamlitAuthError]


# --8<-- [end:test_login_without_auth_raises_auth_error]


# --8<-- [start:test_login_refuses_auth_without_any_of_five_keys]
@pytest.mark.parametrize(
    "key",
    ["redirect_uri", "cookie_secret", "client_id", "client_secret"]
    + ["server_metadata_url"],
)
def test_login_refuses_auth_without_any_of_five_keys(app, raised, use_secrets, key):
    """validate_auth_credentials: redirect_uri and cookie_secret in [auth], then
    client_id, client_secret, server_metadata_url for the provider."""
    use_secrets(without(ONE_PROVIDER, "auth", key))
    at = app(f"{PAGE}/login_logout.py")
    at.user = {}
    at.run()
    assert texts(at) == ["Not logged in"]  # the section exists: is_logged_in is set
    at.button[0].click().run()
    assert raised(at) == [StreamlitAuthError]


# --8<-- [end:test_login_refuses_auth_without_any_of_five_keys]


# --8<-- [start:test_login_in_apptest_does_not_log_in]
def test_login_in_apptest_does_not_log_in(app, use_secrets):
    """user_info.login validates, then only enqueues a ForwardMsg auth_redirect
    for the browser to follow; AppTest has no browser and drops it."""
    use_secrets(ONE_PROVIDER)
    at = app(f"{PAGE}/login_logout.py")
    at.user = {}
    at.run()
    with mock.patch.object(st, "login", wraps=st.login) as login:
        at.button[0].click().run()
    login.assert_called_once_with()
    assert not at.exception  # the configuration passed st.login's checks
    assert texts(at) == ["Not logged in"]
    assert at.user == {}


# --8<-- [end:test_login_in_apptest_does_not_log_in]


# --8<-- [start:test_apptest_user_logs_in_and_logout_clears_it]
def test_apptest_user_logs_in_and_logout_clears_it(app, use_secrets):
    """AppTest.user is what st.user reads; user_info.logout clears the run's
    user dict, and _SeededUserInfo.clear keeps is_logged_in=False."""
    use_secrets(ONE_PROVIDER)
    at = app(f"{PAGE}/login_logout.py")
    at.user = {"is_logged_in": True, "name": "Ada", "email": "ada@example.com"}
    at.run()
    assert texts(at) == ["Hello, Ada!", "Email: ada@example.com"]
    at.button[0].click().run()  # Log out
    assert at.user == {"is_logged_in": False}
    at.run()
    assert texts(at) == ["Not logged in"]


# --8<-- [end:test_apptest_user_logs_in_and_logout_clears_it]


# --8<-- [start:test_at_secrets_do_not_reach_st_login]
def test_at_secrets_do_not_reach_st_login(app, raised, use_secrets):
    """AppTest._run swaps st.secrets for at.secrets, but auth_util reads
    secrets_singleton, the object st.secrets was before the swap."""
    use_secrets(None)
    at = app(f"{PAGE}/login_logout.py")
    at.secrets["auth"] = tomllib.loads(ONE_PROVIDER)["auth"]  # complete
    at.user = {}
    at.run()
    assert raised(at) == [AttributeError]  # st.user saw no [auth]
    at.user = {"is_logged_in": False}
    at.run()
    at.button[0].click().run()
    assert raised(at) == [StreamlitAuthError]  # nor did st.login


# --8<-- [end:test_at_secrets_do_not_reach_st_login]


# --8<-- [start:test_login_without_authlib_raises_missing_authlib]
@pytest.mark.parametrize("how", ["not-installed", "too-old"])
def test_login_without_authlib_raises_missing_authlib(
    app, raised, use_secrets, monkeypatch, how
):
    """auth_util.is_authlib_installed imports authlib on each st.login call and
    wants >= 1.3.2; user_info.login checks it before the secrets."""
    if how == "not-installed":
        monkeypatch.setitem(sys.modules, "authlib", None)  # import fails
    else:
        monkeypatch.setattr(authlib, "__version__", "1.3.1")
    use_secrets(ONE_PROVIDER)
    at = app(f"{PAGE}/login_logout.py")
    at.user = {}
    at.run()
    assert texts(at) == ["Not logged in"]  # st.user works without Authlib
    at.button[0].click().run()
    assert raised(at) == [StreamlitMissingAuthlibError]
    assert issubclass(StreamlitMissingAuthlibError, StreamlitAuthError)


# --8<-- [end:test_login_without_authlib_raises_missing_authlib]


# --8<-- [start:test_each_provider_name_reads_its_own_section]
@pytest.mark.parametrize(
    ("secrets", "partner_login_raised"),
    [
        (TWO_PROVIDERS, []),
        (
            without(TWO_PROVIDERS, "auth.partners", "client_secret"),
            [StreamlitAuthError],
        ),
        (without(TWO_PROVIDERS, "auth.partners"), [StreamlitAuthError]),
    ],
    ids=["both-complete", "partners-without-client_secret", "no-partners-section"],
)
def test_each_provider_name_reads_its_own_section(
    app, raised, use_secrets, secrets, partner_login_raised
):
    """validate_auth_credentials(provider) checks auth_section[provider]; the
    flat [auth] keys stand in only for provider "default"."""
    use_secrets(secrets)
    at = app(f"{PAGE}/choose_provider.py")
    at.user = {}
    at.run()
    at.button[0].click().run()  # Staff login
    assert raised(at) == []
    at.button[1].click().run()  # Partner login
    assert raised(at) == partner_login_raised


# --8<-- [end:test_each_provider_name_reads_its_own_section]


# --8<-- [start:test_a_provider_name_with_an_underscore_is_refused]
def test_a_provider_name_with_an_underscore_is_refused(app, raised, use_secrets):
    """auth_util.validate_auth_credentials raises for "_" in the name before
    it looks for the section."""
    use_secrets(TWO_PROVIDERS.replace("[auth.partners]", "[auth.partner_portal]"))
    at = app(f"{PAGE}/underscore_in_provider_name.py")
    at.user = {}
    at.run().button[0].click().run()
    assert raised(at) == [StreamlitAuthError]


# --8<-- [end:test_a_provider_name_with_an_underscore_is_refused]


ADA = {"sub": "ada", "name": "Ada Lovelace", "email": "ada@example.com"}
DAY = 24 * 60 * 60
PROVIDER_URL = re.compile(rb"Uvicorn running on (http://127\.0\.0\.1:\d+)")


@pytest.fixture
def oidc_provider(tmp_path):
    """The URL of a real OpenID Connect provider (oidc-provider-mock) on
    127.0.0.1, on a port the OS picks, with one predefined user, ada. Its URL
    is read from its own output; it is stopped by its pid after the test."""
    log = tmp_path / "oidc-provider.log"
    proc = subprocess.Popen(
        [sys.executable, "-m", "oidc_provider_mock", "--host", "127.0.0.1"]
        + ["--port", "0", "--user-claims", json.dumps(ADA)],
        stdout=log.open("ab"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and proc.poll() is None:
            printed = PROVIDER_URL.search(log.read_bytes())
            if printed:
                yield printed.group(1).decode()
                break
            time.sleep(0.02)  # poll for readiness, not a wait for behaviour
        else:
            pytest.fail(f"oidc-provider-mock did not start:\n{log.read_text()}")
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)


# --8<-- [start:test_login_round_trip_in_chromium]
@pytest.mark.browser
def test_login_round_trip_in_chromium(serve, page, oidc_provider, tmp_path):
    """web/server/starlette/starlette_auth_routes: /auth/login redirects to the
    provider, /oauth2callback sets the identity cookie and redirects home, the
    websocket handler turns the cookie into st.user; /auth/logout clears it and
    sends the browser to the provider's end_session_endpoint."""
    secrets = tmp_path / "auth-secrets.toml"
    # The provider's port is known now. The app's port is not (serve uses
    # port 0), and need not be: redirect_uri says {port}, which
    # auth_util.get_redirect_uri fills in from server.port on each request,
    # after the server has set it to the port it bound.
    secrets.write_text(TWO_PROVIDERS.replace(SNIPPET_PROVIDER, oidc_provider))
    url = serve(f"{PAGE}/choose_provider.py", f"--secrets.files={secrets}")
    # Only 127.0.0.1: the provider's pages link a stylesheet from a CDN.
    page.route(re.compile(r"^(?!http://127\.0\.0\.1:)"), lambda route: route.abort())

    page.goto(url)  # 1. before: no identity cookie
    expect(page.get_by_text("Logged in: False")).to_be_visible(timeout=BROWSER_WAIT_MS)
    page.get_by_role("button", name="Partner login").click()

    # The provider's authorization page, asked for by [auth.partners]'s client.
    expect(page.get_by_text("Client ID: partner-portal")).to_be_visible(
        timeout=BROWSER_WAIT_MS
    )
    page.get_by_role("button", name="ada").click()

    # 2. after: back in the app, in a new session, with the ID token's claims.
    expect(page.get_by_text("Hello, Ada Lovelace!")).to_be_visible(
        timeout=BROWSER_WAIT_MS
    )
    assert page.url.rstrip("/") == url  # the callback redirected home
    expect(page.get_by_text("Email: ada@example.com")).to_be_visible()
    expect(page.get_by_text("Provider: partners")).to_be_visible()
    identity = [c for c in page.context.cookies() if c["name"] == "_streamlit_user"]
    assert [c["httpOnly"] for c in identity] == [True]
    assert 29.9 * DAY < identity[0]["expires"] - time.time() <= 30 * DAY
    keys = page.get_by_text("Keys: ").inner_text().removeprefix("Keys: ").split(", ")
    assert {"is_logged_in", "sub", "iss", "aud", "provider", "tokens"} <= set(keys)

    page.get_by_role("button", name="Log out").click()
    # The provider lists an end_session_endpoint, so logout passes through it.
    page.get_by_role("button", name="End session").click(timeout=BROWSER_WAIT_MS)

    # 3. after logout: the cookie is gone; the app shows the logged-out branch.
    expect(page.get_by_text("Logged in: False")).to_be_visible(timeout=BROWSER_WAIT_MS)
    assert page.url.rstrip("/") == url
    assert not [c for c in page.context.cookies() if c["name"] == "_streamlit_user"]


# --8<-- [end:test_login_round_trip_in_chromium]
