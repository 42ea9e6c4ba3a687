"""Claims of docs/configuration/https.md, on real servers and in Chromium.

starlette_server._get_uvicorn_config_kwargs hands server.sslCertFile and
server.sslKeyFile to uvicorn, after _validate_ssl_config exits when only one
is set; uvicorn.config.create_ssl_context loads them. server_util.get_url
prints https:// when a certificate is set, and starlette_routes sets the XSRF
cookie Secure. Each test makes its own certificate authority with trustme:
no key is committed.
"""

import shutil
import ssl
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
import trustme
from conftest import BROWSER_WAIT_MS, SNIPPETS
from playwright.sync_api import expect
from streamlit import config

PAGE = "configuration/https"


# --8<-- [start:certificate_authority]
@pytest.fixture
def certificate_authority(tmp_path):
    """A throwaway CA; its certificate for 127.0.0.1 is in tmp_path/certs/."""
    authority = trustme.CA()
    issued = authority.issue_cert("127.0.0.1")
    (tmp_path / "certs").mkdir()
    for pem in issued.cert_chain_pems:  # the certificate and its chain, no key
        pem.write_to_path(tmp_path / "certs/payroll.pem", append=True)
    issued.private_key_pem.write_to_path(tmp_path / "certs/payroll-key.pem")
    return authority


# --8<-- [end:certificate_authority]


def run_until_exit(app, tmp_path, *flags):
    """`streamlit run` that is expected to stop by itself: (exit status, output).
    A server that prints its URL instead is stopped: (None, output)."""
    log = tmp_path / "run.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(SNIPPETS / PAGE / app)]
            + ["--server.headless=true", "--server.address=127.0.0.1"]
            + ["--server.port=0", "--browser.gatherUsageStats=false", *flags],
            cwd=tmp_path,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    deadline = time.monotonic() + 60
    while proc.poll() is None and time.monotonic() < deadline:
        if b"URL:" in log.read_bytes():  # it serves: it will not stop by itself
            proc.terminate()
            proc.wait()
            return None, log.read_text()
        time.sleep(0.05)  # poll for the exit, not a wait for behaviour
    if proc.poll() is None:
        proc.kill()
    return proc.wait(), log.read_text()


# --8<-- [start:test_streamlit_warns_against_the_options_in_production]
@pytest.mark.parametrize("option", ["server.sslCertFile", "server.sslKeyFile"])
def test_streamlit_warns_against_the_options_in_production(option):
    """config._SSL_PRODUCTION_WARNING is part of both options' descriptions."""
    description = config.get_config_options()[option].description
    assert "DO NOT USE THIS OPTION IN A PRODUCTION ENVIRONMENT" in description
    assert "load balancer or reverse proxy" in description


# --8<-- [end:test_streamlit_warns_against_the_options_in_production]


# --8<-- [start:test_the_server_speaks_tls_with_both_files]
def test_the_server_speaks_tls_with_both_files(serve, tmp_path, certificate_authority):
    """A client that trusts the CA gets the page over TLS; one that does not
    refuses the certificate; plain HTTP on the same port gets no answer."""
    url = serve(f"{PAGE}/payroll/app.py", cwd=tmp_path)
    assert url.startswith("https://127.0.0.1:")  # as the terminal prints it

    trusting = ssl.create_default_context()
    certificate_authority.configure_trust(trusting)
    with urllib.request.urlopen(url, context=trusting) as answer:
        assert b"<title>Streamlit</title>" in answer.read()  # the app's page
    health = f"{url}/_stcore/health"
    with urllib.request.urlopen(health, context=trusting) as answer:
        assert answer.read() == b"ok"
        assert "Secure" in answer.headers["Set-Cookie"]  # the XSRF cookie

    with pytest.raises(urllib.error.URLError) as untrusted:
        urllib.request.urlopen(health, timeout=BROWSER_WAIT_MS / 1000)
    assert isinstance(untrusted.value.reason, ssl.SSLCertVerificationError)
    with pytest.raises(ConnectionError):  # http:// to a TLS port
        urllib.request.urlopen(health.replace("https:", "http:", 1))


# --8<-- [end:test_the_server_speaks_tls_with_both_files]


# --8<-- [start:test_the_app_runs_over_https_in_chromium]
@pytest.mark.browser
def test_the_app_runs_over_https_in_chromium(
    serve, browser, tmp_path, certificate_authority
):
    """The page and its WebSocket both go over TLS. This one browser context
    accepts the test's own CA by ignoring certificate errors; the test above
    checks the certificate itself."""
    url = serve(f"{PAGE}/payroll/app.py", cwd=tmp_path)
    context = browser.new_context(ignore_https_errors=True)
    page = context.new_page()
    with page.expect_websocket(timeout=BROWSER_WAIT_MS) as socket:
        page.goto(url)
    assert socket.value.url.startswith("wss://127.0.0.1:")
    expect(page.get_by_role("heading", name="Payroll")).to_be_visible(
        timeout=BROWSER_WAIT_MS
    )
    expect(page.get_by_text(f"This page came from {url}")).to_be_visible()
    context.close()


# --8<-- [end:test_the_app_runs_over_https_in_chromium]


# --8<-- [start:test_the_url_comes_from_the_browser]
def test_the_url_comes_from_the_browser(app):
    """ContextProxy.url returns None when the frontend sent no URL: AppTest has no
    browser, so the same script says `None` where Chromium saw https://."""
    at = app(f"{PAGE}/payroll/app.py").run()
    assert at.title[0].value == "Payroll"
    assert at.markdown[0].value == "This page came from None"


# --8<-- [end:test_the_url_comes_from_the_browser]


# --8<-- [start:test_one_file_alone_stops_the_server]
def test_one_file_alone_stops_the_server(tmp_path, certificate_authority):
    """_validate_ssl_config logs the error and calls sys.exit(1)."""
    status, output = run_until_exit("half_configured/app.py", tmp_path)
    assert status == 1
    assert "'server.sslCertFile' and 'server.sslKeyFile' must be set together" in output
    assert "URL:" not in output  # it never served


# --8<-- [end:test_one_file_alone_stops_the_server]


# --8<-- [start:test_a_missing_certificate_file_stops_the_server]
@pytest.mark.parametrize("option", ["sslCertFile", "sslKeyFile"])
def test_a_missing_certificate_file_stops_the_server(
    tmp_path, certificate_authority, option
):
    """uvicorn's create_ssl_context calls ssl's load_cert_chain, which raises
    FileNotFoundError without the file's name."""
    missing = f"--server.{option}=certs/paryoll.pem"  # a typo
    status, output = run_until_exit("payroll/app.py", tmp_path, missing)
    assert status == 1
    assert "Traceback (most recent call last)" in output
    assert "FileNotFoundError: [Errno 2] No such file or directory\n" in output
    assert "paryoll" not in output  # the error does not say which file
    assert "URL:" not in output


# --8<-- [end:test_a_missing_certificate_file_stops_the_server]


# --8<-- [start:test_relative_paths_do_not_start_beside_the_script]
def test_relative_paths_do_not_start_beside_the_script(
    tmp_path,
    certificate_authority,
):
    """The option's string goes to uvicorn as it is, and Streamlit never
    changes the working folder: certs/ beside the script is not found."""
    beside = tmp_path / "app"
    shutil.copytree(SNIPPETS / PAGE / "payroll", beside)
    shutil.move(tmp_path / "certs", beside / "certs")  # next to app.py
    (tmp_path / "elsewhere").mkdir()
    status, output = run_until_exit(beside / "app.py", tmp_path / "elsewhere")
    assert status == 1
    assert "FileNotFoundError" in output


# --8<-- [end:test_relative_paths_do_not_start_beside_the_script]
