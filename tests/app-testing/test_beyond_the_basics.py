"""Claims of docs/app-testing/beyond-the-basics.md."""

import os
import shutil
import threading

import pytest
import streamlit as st
from conftest import SNIPPETS
from streamlit.errors import StreamlitSecretNotFoundError
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1.app_test import _CONTEXT_INFO_FIELDS
from streamlit.testing.v1.errors import AppTestError
from streamlit.testing.v1.local_script_runner import LocalScriptRunner

PAGE = "app-testing/beyond-the-basics"


def texts(at):
    return [t.value for t in at.text]


def record_forward_msgs(monkeypatch):
    """A list that collects every ForwardMsg the runs of this test send."""
    sent = []
    real = LocalScriptRunner.forward_msgs

    def recorded(runner):
        sent.extend(real(runner))
        return real(runner)

    monkeypatch.setattr(LocalScriptRunner, "forward_msgs", recorded)
    return sent


@pytest.fixture
def secrets_file(tmp_path, monkeypatch):
    """A `.streamlit/secrets.toml` in a fresh folder made the working directory.

    Afterwards the secrets Streamlit parsed, and the environment variables it set
    from them, are dropped, so no other test sees them.
    """
    monkeypatch.delenv("API_TOKEN", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))  # no ~/.streamlit of yours
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".streamlit").mkdir()
    path = tmp_path / ".streamlit" / "secrets.toml"
    path.write_text('API_TOKEN = "from-file"\n')
    st.secrets._reset()
    yield path
    st.secrets._reset()


# --8<-- [start:test_at_secrets_reach_st_secrets]
def test_at_secrets_reach_st_secrets(app):
    """AppTest._run: a non-empty at.secrets becomes st.secrets for the run."""
    at = app(f"{PAGE}/secret_greeting.py")
    at.secrets["service"] = {"token": "test-9876"}
    at.run()
    assert texts(at) == ["token ends in 9876"]


# --8<-- [end:test_at_secrets_reach_st_secrets]


# --8<-- [start:test_missing_secret_stops_the_script]
def test_missing_secret_stops_the_script(app, raised, secrets_file):
    """Secrets.__getitem__: an absent key raises KeyError in the script."""
    at = app(f"{PAGE}/secret_greeting.py").run()  # the file has no [service]
    assert raised(at) == [KeyError]
    assert texts(at) == []


# --8<-- [end:test_missing_secret_stops_the_script]


# --8<-- [start:test_dotted_key_is_not_a_table]
@pytest.mark.correction_2024
def test_dotted_key_is_not_a_table(app):
    """at.secrets is a plain dict: a dotted key is one top-level key."""
    at = app(f"{PAGE}/secret_table.py")
    at.secrets["service.user"] = "ada"
    at.run()
    assert texts(at) == ["no service table"]
    at = app(f"{PAGE}/secret_table.py")
    at.secrets["service"] = {"user": "ada"}  # a table is a nested dict
    at.run()
    assert texts(at) == ["user: ada"]
    with pytest.raises(AttributeError):
        at.secrets.service  # noqa: B018  (key notation only)


# --8<-- [end:test_dotted_key_is_not_a_table]


# --8<-- [start:test_secrets_file_in_working_directory_reaches_the_app]
def test_secrets_file_in_working_directory_reaches_the_app(app, secrets_file):
    """Secrets._parse reads config secrets.files: ./.streamlit/secrets.toml of
    the working directory, and copies its top-level strings to os.environ."""
    at = app(f"{PAGE}/secret_env.py").run()
    assert texts(at) == ["secret: from-file", "environment: from-file"]


# --8<-- [end:test_secrets_file_in_working_directory_reaches_the_app]


# --8<-- [start:test_secrets_file_in_home_folder_reaches_the_app]
def test_secrets_file_in_home_folder_reaches_the_app(
    app, tmp_path, monkeypatch, request
):
    """config.get_config_files: secrets.files starts with ~/.streamlit/secrets.toml
    (file_util.get_streamlit_file_path, from Path.home())."""
    monkeypatch.delenv("API_TOKEN", raising=False)
    home = tmp_path / "home"
    (home / ".streamlit").mkdir(parents=True)
    (home / ".streamlit" / "secrets.toml").write_text('API_TOKEN = "from-home"\n')
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(tmp_path)  # no .streamlit folder here
    st.secrets._reset()
    request.addfinalizer(st.secrets._reset)
    at = app(f"{PAGE}/secret_env.py").run()
    assert texts(at) == ["secret: from-home", "environment: from-home"]


# --8<-- [end:test_secrets_file_in_home_folder_reaches_the_app]


# --8<-- [start:test_secrets_file_copies_strings_and_numbers_to_the_environment]
def test_secrets_file_copies_strings_and_numbers_to_the_environment(
    app, secrets_file, monkeypatch
):
    """Secrets._maybe_set_environment_variable: top-level str, int and float
    values go to os.environ; a bool or a table does not."""
    for name in ("RETRIES", "RATE", "DEBUG", "db"):
        monkeypatch.delenv(name, raising=False)
    secrets_file.write_text(
        'API_TOKEN = "from-file"\nRETRIES = 3\nRATE = 0.5\nDEBUG = true\n'
        '[db]\nhost = "localhost"\n'
    )
    at = app(f"{PAGE}/secret_env.py").run()
    assert texts(at) == ["secret: from-file", "environment: from-file"]
    assert (os.environ.get("RETRIES"), os.environ.get("RATE")) == ("3", "0.5")
    assert "DEBUG" not in os.environ
    assert "db" not in os.environ


# --8<-- [end:test_secrets_file_copies_strings_and_numbers_to_the_environment]


# --8<-- [start:test_at_secrets_replace_the_file_and_skip_the_environment]
def test_at_secrets_replace_the_file_and_skip_the_environment(app, secrets_file):
    """AppTest._run swaps in a new Secrets whose _secrets is at.secrets: the
    file is not read and nothing is copied to os.environ."""
    at = app(f"{PAGE}/secret_env.py")
    at.secrets["OTHER"] = "x"
    at.run()
    assert texts(at) == ["secret: unset", "environment: unset"]
    at = app(f"{PAGE}/secret_env.py")
    at.secrets["API_TOKEN"] = "from-test"
    at.run()
    assert texts(at) == ["secret: from-test", "environment: unset"]


# --8<-- [end:test_at_secrets_replace_the_file_and_skip_the_environment]


# --8<-- [start:test_secrets_file_next_to_the_app_is_not_read]
def test_secrets_file_next_to_the_app_is_not_read(
    tmp_path, monkeypatch, raised, request
):
    """config._secrets_files: the paths follow the working directory, not the
    folder of the script given to AppTest.from_file. Secrets._parse raises
    StreamlitSecretNotFoundError when no listed file exists, even for .get."""
    monkeypatch.delenv("API_TOKEN", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))  # no ~/.streamlit of yours
    project = tmp_path / "project"
    (project / ".streamlit").mkdir(parents=True)
    (project / ".streamlit" / "secrets.toml").write_text('API_TOKEN = "x"\n')
    shutil.copy(SNIPPETS / PAGE / "secret_env.py", project / "app.py")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    st.secrets._reset()
    request.addfinalizer(st.secrets._reset)
    at = AppTest.from_file(project / "app.py").run()
    assert raised(at) == [StreamlitSecretNotFoundError]
    assert texts(at) == []


# --8<-- [end:test_secrets_file_next_to_the_app_is_not_read]


# --8<-- [start:test_query_params_in_before_and_out_after]
def test_query_params_in_before_and_out_after(app):
    """AppTest._run passes at.query_params to the run and rebuilds it from the
    query string the run ended with (_query_params_from_query_string)."""
    at = app(f"{PAGE}/query_param_tab.py")
    at.query_params["tab"] = "stats"
    at.run()
    assert texts(at) == ["tab: stats"]
    assert at.query_params == {"tab": "stats", "seen": "stats"}
    with pytest.raises(AttributeError):
        at.query_params.tab  # noqa: B018  (a plain dict: key notation only)


# --8<-- [end:test_query_params_in_before_and_out_after]


# --8<-- [start:test_repeated_query_param_stays_a_list]
def test_repeated_query_param_stays_a_list(app):
    """st.query_params.get returns the last value of a repeated key; at.query_params
    keeps them all as a list after the run."""
    at = app(f"{PAGE}/query_param_tab.py")
    at.query_params["tab"] = ["home", "stats"]
    at.run()
    assert texts(at) == ["tab: stats"]
    assert at.query_params == {"tab": ["home", "stats"], "seen": "stats"}


# --8<-- [end:test_repeated_query_param_stays_a_list]


# --8<-- [start:test_session_state_set_before_first_run]
@pytest.mark.parametrize("notation", ["key", "attribute"])
def test_session_state_set_before_first_run(app, notation):
    """AppTest.session_state wraps the SafeSessionState the runs share
    (_AppTestSessionState.__setitem__ and __setattr__)."""
    at = app(f"{PAGE}/visit_counter.py")
    if notation == "key":
        at.session_state["visits"] = 10  # jump ahead: no ten runs needed
    else:
        at.session_state.visits = 10
    at.run()
    assert texts(at) == ["visits: 11"]
    assert at.session_state.visits == 11  # attribute notation works too
    at.run()
    assert at.session_state["visits"] == 12
    at.session_state.visits = 100  # between runs: the next run reads it
    at.run()
    assert texts(at) == ["visits: 101"]


# --8<-- [end:test_session_state_set_before_first_run]


# --8<-- [start:test_switch_page_runs_another_page_with_the_same_state]
@pytest.mark.changed_since_2024
def test_switch_page_runs_another_page_with_the_same_state(app):
    """AppTest.switch_page sets the page hash the next run requests
    (_resolve_page_hash maps the file to the st.Page's url_path)."""
    at = app(f"{PAGE}/multipage/app.py").run()
    assert texts(at) == ["home page"]
    at.button[0].click().run()
    at.switch_page("report.py").run()
    assert texts(at) == ["report page, word: balloons"]
    at.run()  # a plain run stays on the page the last run finished on
    assert texts(at) == ["report page, word: balloons"]


# --8<-- [end:test_switch_page_runs_another_page_with_the_same_state]


# --8<-- [start:test_switch_page_before_first_run_misses_a_custom_url_path]
def test_switch_page_before_first_run_misses_a_custom_url_path(app):
    """AppTest._resolve_page_hash: with no run yet, no page is registered, so the
    hash comes from the filename and st.navigation falls back to its default."""
    at = app(f"{PAGE}/multipage/app.py")
    at.switch_page("report.py").run()
    assert texts(at) == ["home page"]


# --8<-- [end:test_switch_page_before_first_run_misses_a_custom_url_path]


# --8<-- [start:test_switch_page_to_a_missing_file_raises]
def test_switch_page_to_a_missing_file_raises(app):
    """AppTest.switch_page: the path is resolved against the main script's folder."""
    at = app(f"{PAGE}/multipage/app.py").run()
    with pytest.raises(ValueError):
        at.switch_page("multipage/report.py")
    with pytest.raises(ValueError):
        at.switch_page("app.py")  # a file, but not one of st.navigation's pages
    at.switch_page("report.py").run()  # relative to app.py's folder
    assert texts(at) == ["report page, word: none"]


# --8<-- [end:test_switch_page_to_a_missing_file_raises]


# --8<-- [start:test_default_user_has_no_login_state]
def test_default_user_has_no_login_state(app, raised):
    """AppTest.__init__: user defaults to {"email": "test@example.com"};
    UserInfoProxy.__getattr__ raises AttributeError for a missing key."""
    at = app(f"{PAGE}/login_gate.py")
    assert at.user == {"email": "test@example.com"}
    at.run()
    assert raised(at) == [AttributeError]
    assert texts(at) == []


# --8<-- [end:test_default_user_has_no_login_state]


# --8<-- [start:test_auth_section_of_secrets_file_adds_is_logged_in]
def test_auth_section_of_secrets_file_adds_is_logged_in(app, raised, secrets_file):
    """user_info._get_user_info adds is_logged_in=False when
    auth_util.get_secrets_auth_section finds [auth] in secrets_singleton, the
    secrets read from files; AppTest swaps only st.secrets, so at.secrets
    does not count."""
    secrets_file.write_text('[auth]\nredirect_uri = "http://x/oauth2callback"\n')
    at = app(f"{PAGE}/login_gate.py").run()
    assert texts(at) == ["please log in", "timezone: None"]
    st.secrets._reset()
    secrets_file.unlink()
    at = app(f"{PAGE}/login_gate.py")
    at.secrets["auth"] = {"redirect_uri": "http://x/oauth2callback"}
    at.run()
    assert raised(at) == [AttributeError]


# --8<-- [end:test_auth_section_of_secrets_file_adds_is_logged_in]


# --8<-- [start:test_user_and_context_are_seeded_per_run]
def test_user_and_context_are_seeded_per_run(app):
    """AppTest._run: _user_info_for_run and _context_info_from_dict build what
    st.user and st.context read in that run."""
    at = app(f"{PAGE}/login_gate.py")
    at.user = {"is_logged_in": False}
    at.run()
    assert texts(at) == ["please log in", "timezone: None"]
    at.user = {"is_logged_in": True, "name": "Ada"}
    at.context = {"timezone": "Europe/Berlin"}
    at.run()
    assert texts(at) == ["hello Ada", "timezone: Europe/Berlin"]


# --8<-- [end:test_user_and_context_are_seeded_per_run]


# --8<-- [start:test_headers_and_cookies_cannot_be_seeded]
@pytest.mark.parametrize("key", ["headers", "cookies", "ip_address"])
def test_headers_and_cookies_cannot_be_seeded(app, key):
    """_context_info_from_dict accepts only _CONTEXT_INFO_FIELDS; headers,
    cookies and ip_address come from a real client, which AppTest has not."""
    at = app(f"{PAGE}/headers_probe.py").run()
    assert texts(at) == ["headers: {}", "cookies: {}"]
    at.context = {key: {"x": "1"}}
    with pytest.raises(AppTestError):
        at.run()


# --8<-- [end:test_headers_and_cookies_cannot_be_seeded]


# --8<-- [start:test_context_accepts_six_keys]
CONTEXT = {
    "timezone": "Europe/Berlin",
    "timezone_offset": -60,
    "locale": "de-DE",
    "url": "http://localhost:8501/",
    "is_embedded": True,
    "theme": "dark",
}


def test_context_accepts_six_keys(app):
    """_context_info_from_dict: exactly the keys of _CONTEXT_INFO_FIELDS."""
    assert set(CONTEXT) == set(_CONTEXT_INFO_FIELDS)
    at = app(f"{PAGE}/headers_probe.py")
    at.context = dict(CONTEXT)
    at.run()  # no AppTestError
    assert texts(at) == ["headers: {}", "cookies: {}"]


# --8<-- [end:test_context_accepts_six_keys]


# --8<-- [start:test_run_every_timer_never_fires]
def test_run_every_timer_never_fires(app, monkeypatch):
    """fragment.py (_fragment) enqueues an auto_rerun ForwardMsg for the
    frontend's timer; LocalScriptRunner.run joins the script thread and
    parse_tree_from_messages keeps only elements."""
    sent = record_forward_msgs(monkeypatch)
    at = app(f"{PAGE}/timer_fragment.py").run()
    timers = [m.auto_rerun.interval for m in sent if m.HasField("auto_rerun")]
    assert timers == [0.5]  # the request for a timer went out...
    script_threads = [
        t for t in threading.enumerate() if t.name == "ScriptRunner.scriptThread"
    ]
    assert script_threads == []  # ...but nothing is left to run it
    assert texts(at) == ["ticks: 1"]
    at.run()  # only run() runs the script again: the whole of it
    assert texts(at) == ["ticks: 2"]


# --8<-- [end:test_run_every_timer_never_fires]


# --8<-- [start:test_click_in_a_fragment_reruns_the_whole_script]
def test_click_in_a_fragment_reruns_the_whole_script(app, monkeypatch):
    """ElementTree.run -> AppTest._run sends RerunData with no fragment_id_queue:
    every run() is a full run, even for a widget inside a fragment."""
    sent = record_forward_msgs(monkeypatch)
    at = app(f"{PAGE}/fragment_click.py").run()
    in_fragment = [m.delta.fragment_id != "" for m in sent if m.HasField("delta")]
    assert in_fragment == [True, True, True, False]  # its block, button, text
    assert texts(at) == ["panel runs: 1", "script runs: 1"]
    at.button[0].click().run()
    assert texts(at) == ["panel runs: 2", "script runs: 2"]  # a browser: 2 and 1


# --8<-- [end:test_click_in_a_fragment_reruns_the_whole_script]


# --8<-- [start:test_switch_page_in_a_pages_folder_app]
@pytest.mark.changed_since_2024
def test_switch_page_in_a_pages_folder_app(app):
    """AppTest._resolve_page_hash also matches pages that PagesManager found in
    a pages/ folder next to the main script."""
    at = app(f"{PAGE}/pages_dir/main.py").run()
    assert texts(at) == ["main page"]
    at.switch_page("pages/second.py").run()
    assert texts(at) == ["second page: hi from main"]


# --8<-- [end:test_switch_page_in_a_pages_folder_app]
