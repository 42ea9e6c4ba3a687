"""Claims of docs/app-testing/beyond-the-basics.md."""

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


@pytest.fixture
def secrets_file(tmp_path, monkeypatch):
    """A `.streamlit/secrets.toml` in a fresh folder made the working directory.

    Afterwards the secrets Streamlit parsed, and the environment variables it set
    from them, are dropped, so no other test sees them.
    """
    monkeypatch.delenv("API_TOKEN", raising=False)
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
def test_session_state_set_before_first_run(app):
    """AppTest.session_state wraps the SafeSessionState the runs share."""
    at = app(f"{PAGE}/visit_counter.py")
    at.session_state["visits"] = 10  # jump ahead: no ten runs needed
    at.run()
    assert texts(at) == ["visits: 11"]
    assert at.session_state.visits == 11  # attribute notation works too
    at.run()
    assert at.session_state["visits"] == 12


# --8<-- [end:test_session_state_set_before_first_run]


# --8<-- [start:test_switch_page_runs_another_page_with_the_same_state]
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
    sent = []
    real = LocalScriptRunner.forward_msgs

    def recorded(runner):
        sent.extend(real(runner))
        return real(runner)

    monkeypatch.setattr(LocalScriptRunner, "forward_msgs", recorded)
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


# --8<-- [start:test_switch_page_in_a_pages_folder_app]
def test_switch_page_in_a_pages_folder_app(app):
    """AppTest._resolve_page_hash also matches pages that PagesManager found in
    a pages/ folder next to the main script."""
    at = app(f"{PAGE}/pages_dir/main.py").run()
    assert texts(at) == ["main page"]
    at.switch_page("pages/second.py").run()
    assert texts(at) == ["second page: hi from main"]


# --8<-- [end:test_switch_page_in_a_pages_folder_app]
