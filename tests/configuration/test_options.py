"""Claims of docs/configuration/options.md.

Where an option comes from is decided by config.get_config_options: the files of
get_config_files in order (home, working directory, then the main script's
folder under `streamlit run`), then the flags, into which click has already
merged the STREAMLIT_* variables (web/cli.py, configurator_options).
`streamlit config show` prints each value and where it was set, with no server;
only the script's folder needs a real `streamlit run`.
"""

import re
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from conftest import BROWSER_WAIT_MS, SNIPPETS
from playwright.sync_api import expect
from streamlit import config
from streamlit.errors import StreamlitAPIException
from streamlit.web.cli import config_show as config_show_command
from streamlit.web.cli import main_hello, main_run

PAGE = "configuration/options"
SHOP = f"{PAGE}/shop/app.py"
OPTIONS = config._config_options_template
HOME_FILE = "~/.streamlit/config.toml"
FLAG_OR_VARIABLE = "command-line argument or environment variable"


@pytest.fixture
def places(tmp_path, monkeypatch):
    """A home folder and a working directory of the test's own.

    `places(home="home_config.toml", project="project_config.toml")` copies those
    snippets to <home>/.streamlit/config.toml and <project>/.streamlit/config.toml.
    """
    home, project = tmp_path / "home", tmp_path / "project"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("STREAMLIT_SERVER_BASE_URL_PATH", raising=False)

    def put(**snippets):
        for folder in home, project:
            (folder / ".streamlit").mkdir(parents=True, exist_ok=True)
            if name := snippets.get(folder.name):
                shutil.copy(SNIPPETS / PAGE / name, folder / ".streamlit/config.toml")
        return project

    return put


def streamlit_config_show(*flags, cwd, check=True):
    """The finished `streamlit config show` process."""
    return subprocess.run(
        [sys.executable, "-m", "streamlit", "config", "show", *flags],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=check,
    )


def config_show(*flags, cwd):
    """`streamlit config show` -> {option: (value as printed, where it was set)}."""
    out = streamlit_config_show(*flags, cwd=cwd).stdout
    found = re.findall(r"# The value below was set in (.+)\n(\w+) = (.+)", out)
    return {name: (value, where) for where, name, value in found}


# --8<-- [start:test_config_show_leaves_out_the_hidden_options]
def test_config_show_leaves_out_the_hidden_options(places):
    """config_util.show_config prints an option only if its visibility is
    "visible" (and it is not expired): every such option, and no hidden one."""
    out = streamlit_config_show(cwd=places()).stdout
    printed, section = set(), None
    for line in out.splitlines():
        if header := re.fullmatch(r"\[([\w.]+)\]", line):
            section = header.group(1)
        elif (setting := re.match(r"(?:# )?(\w+) =", line)) and section:
            printed.add(f"{section}.{setting.group(1)}")
    printed &= OPTIONS.keys()  # a description's `name = ` example is no option
    hidden = {key for key, option in OPTIONS.items() if option.visibility == "hidden"}
    assert printed == OPTIONS.keys() - hidden
    assert len(hidden) == 21
    assert {"logger.enableRich", "global.developmentMode"} <= hidden


# --8<-- [end:test_config_show_leaves_out_the_hidden_options]


# --8<-- [start:test_later_places_win]
def test_later_places_win(places, monkeypatch):
    """Take the winner away, and the place before it shows through."""
    project = places(home="home_config.toml", project="project_config.toml")
    monkeypatch.setenv("STREAMLIT_SERVER_BASE_URL_PATH", "from-env")
    flag = "--server.baseUrlPath=from-flag"
    assert config_show(flag, cwd=project)["baseUrlPath"] == (
        '"from-flag"',
        FLAG_OR_VARIABLE,
    )
    assert config_show(cwd=project)["baseUrlPath"] == ('"from-env"', FLAG_OR_VARIABLE)

    monkeypatch.delenv("STREAMLIT_SERVER_BASE_URL_PATH")
    value, where = config_show(cwd=project)["baseUrlPath"]
    assert (value, where) == ('"from-project"', str(project / ".streamlit/config.toml"))

    (project / ".streamlit" / "config.toml").unlink()
    value, where = config_show(cwd=project)["baseUrlPath"]
    assert value == '"from-home"' and where.endswith("home/.streamlit/config.toml")


# --8<-- [end:test_later_places_win]


# --8<-- [start:test_the_script_folder_beats_the_project_but_not_the_environment]
@pytest.mark.browser
@pytest.mark.changed_since_2024
def test_the_script_folder_beats_the_project_but_not_the_environment(
    places, monkeypatch, serve, page
):
    """Under `streamlit run`, web/cli.py sets config._main_script_path, so
    get_config_files reads <script folder>/.streamlit/config.toml last of the files.
    The server prints its URL with the path it serves under."""
    project = places(home="home_config.toml", project="project_config.toml")
    served = serve(SHOP, cwd=project)
    assert f"URL: {served}/from-script-folder" in serve.log(served)
    # `config show` takes no script, so from the same folder it shows the project's
    assert config_show(cwd=project)["baseUrlPath"][0] == '"from-project"'
    no_script = streamlit_config_show(str(SNIPPETS / SHOP), cwd=project, check=False)
    assert no_script.returncode == 2 and "unexpected extra argument" in no_script.stderr
    page.goto(f"{served}/from-script-folder")  # and the script reads the same
    expect(page.get_by_text("Served under: from-script-folder")).to_be_visible(
        timeout=BROWSER_WAIT_MS
    )

    monkeypatch.setenv("STREAMLIT_SERVER_BASE_URL_PATH", "from-env")
    served = serve(SHOP, cwd=project)
    assert f"URL: {served}/from-env" in serve.log(served)


# --8<-- [end:test_the_script_folder_beats_the_project_but_not_the_environment]


def words(name):
    """`enableXsrfProtection` -> `enable_Xsrf_Protection`,
    `TTLMultiplier` -> `TTL_Multiplier`."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name)


# --8<-- [start:test_every_option_has_an_environment_variable]
@pytest.mark.parametrize("command", [main_run, config_show_command, main_hello])
def test_every_option_has_an_environment_variable(command):
    """ConfigOption.env_var, over every option of the installed release; and
    web/cli.py configurator_options makes it the `envvar` of the option's click
    flag on each command that takes the flags (the sensitive one: below)."""
    assert len(OPTIONS) > 300
    envvars = {param.opts[0]: param.envvar for param in command.params if param.opts}
    for key, option in OPTIONS.items():
        assert option.env_var == "STREAMLIT_" + words(key).replace(".", "_").upper()
        if not option.sensitive:
            assert envvars[f"--{key}"] == option.env_var
    assert OPTIONS["server.baseUrlPath"].env_var == "STREAMLIT_SERVER_BASE_URL_PATH"


# --8<-- [end:test_every_option_has_an_environment_variable]


OUTSIDE_THE_COMMAND = """
from streamlit import config
from streamlit.testing.v1 import AppTest

script = 'import streamlit as st; st.text(st.get_option("server.baseUrlPath"))'
print(repr(config.get_option("server.baseUrlPath")))
print(repr(AppTest.from_string(script).run().text[0].value))
print(repr(config.get_option("server.cookieSecret")))
"""


# --8<-- [start:test_outside_the_command_the_variables_are_ignored]
def test_outside_the_command_the_variables_are_ignored(places, monkeypatch):
    """Only click reads STREAMLIT_* (the flags' envvar); get_config_options reads
    none itself but the sensitive ones (_update_config_with_sensitive_env_var)."""
    monkeypatch.setenv("STREAMLIT_SERVER_BASE_URL_PATH", "from-env")
    monkeypatch.setenv("STREAMLIT_SERVER_COOKIE_SECRET", "hunter2")
    plain = subprocess.run(
        [sys.executable, "-c", OUTSIDE_THE_COMMAND],
        cwd=places(),
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    assert plain == ["''", "''", "'hunter2'"]  # a plain script, an AppTest, the secret
    assert config_show(cwd=places())["baseUrlPath"][0] == '"from-env"'  # the command


# --8<-- [end:test_outside_the_command_the_variables_are_ignored]


# --8<-- [start:test_the_cookie_secret_cannot_be_a_flag]
def test_the_cookie_secret_cannot_be_a_flag(places, monkeypatch):
    """configurator_options gives each sensitive option a flag that exits;
    server.cookieSecret is the only sensitive one."""
    assert [key for key, option in OPTIONS.items() if option.sensitive] == [
        "server.cookieSecret"
    ]
    project = places()
    with pytest.raises(subprocess.CalledProcessError) as refused:
        config_show("--server.cookieSecret=hunter2", cwd=project)
    assert refused.value.returncode == 1
    assert "STREAMLIT_SERVER_COOKIE_SECRET" in refused.value.stderr

    monkeypatch.setenv("STREAMLIT_SERVER_COOKIE_SECRET", "hunter2")
    value, where = config_show(cwd=project)["cookieSecret"]
    assert (value, where) == ('"hunter2"', "environment variable")

    monkeypatch.delenv("STREAMLIT_SERVER_COOKIE_SECRET")  # a file works too
    in_file = project / ".streamlit/config.toml"
    in_file.write_text('[server]\ncookieSecret = "from-file"\n')
    assert config_show(cwd=project)["cookieSecret"] == ('"from-file"', str(in_file))


# --8<-- [end:test_the_cookie_secret_cannot_be_a_flag]


# --8<-- [start:test_a_misspelled_option]
def test_a_misspelled_option(places):
    """In a file: config._set_option logs a warning and goes on.
    As a flag: click refuses the unknown option with its usage error (exit 2)."""
    project = places(project="misspelled_option.toml")
    shown = subprocess.run(
        [sys.executable, "-m", "streamlit", "config", "show"],
        cwd=project,
        capture_output=True,
        text=True,
    )
    assert shown.returncode == 0
    assert '"server.prot" is not a valid config option' in shown.stderr + shown.stdout
    assert "\n# port = 8501\n" in shown.stdout  # the port is still the default

    flag = streamlit_config_show("--server.prot=8601", cwd=project, check=False)
    assert flag.returncode == 2
    assert "No such option '--server.prot'" in flag.stderr
    assert "Did you mean" in flag.stderr and "'--server.port'" in flag.stderr

    # click's suggestions are difflib's close matches: a far-off name gets none
    far = streamlit_config_show("--prot=8601", cwd=project, check=False)
    assert far.returncode == 2
    assert "No such option '--prot'" in far.stderr and "Did you mean" not in far.stderr


# --8<-- [end:test_a_misspelled_option]


# --8<-- [start:test_a_config_file_streamlit_cannot_read]
@pytest.mark.parametrize(
    ("snippet", "error"),
    [
        (None, None),  # not TOML: config._update_config_with_toml logs and skips it
        ("key_outside_a_section.toml", "AttributeError"),  # `port` read as a section
        ("theme_section_nested_wrongly.toml", "StreamlitInvalidThemeSectionError"),
    ],
)
def test_a_config_file_streamlit_cannot_read(places, snippet, error):
    """_update_config_with_toml: a TOML error is caught; a top-level key makes
    process_section call .items() on a value, and _is_valid_theme_section
    refuses [theme.sidebar.light]; both escape `config show` (exit 1)."""
    project = places(project=snippet)
    if snippet is None:
        (project / ".streamlit/config.toml").write_text("[server\nport = 8601\n")
    shown = streamlit_config_show(cwd=project, check=False)
    if error is None:
        assert shown.returncode == 0 and "Error parsing config toml" in shown.stderr
        assert "\n# port = 8501\n" in shown.stdout  # the file was skipped
    else:
        assert shown.returncode == 1 and shown.stdout == ""
        last = shown.stderr.strip().splitlines()[-1]
        assert last.split(":")[0].rsplit(".", 1)[-1] == error  # the exception's type
        if snippet == "theme_section_nested_wrongly.toml":  # the valid way round
            assert "`theme.light.sidebar`" in last


# --8<-- [end:test_a_config_file_streamlit_cannot_read]


# --8<-- [start:test_a_script_sets_only_five_options]
def test_a_script_sets_only_five_options(app, raised, set_config):
    """config.set_user_option (st.set_option) accepts an option only when it is
    `scriptable`; every other option raises, before anything is set. What it
    sets is the process's config, outside the session too."""
    set_config("client.showErrorDetails", "full")  # restored after the test
    scriptable = [key for key, option in OPTIONS.items() if option.scriptable]
    assert scriptable == [
        "logger.enableRich",
        "client.showErrorDetails",
        "client.toolbarMode",
        "client.disableDataExport",
        "client.showSidebarNavigation",
    ]
    for key in OPTIONS.keys() - set(scriptable):
        with pytest.raises(StreamlitAPIException):
            config.set_user_option(key, OPTIONS[key].default_val)

    at = app(f"{PAGE}/set_a_client_option.py").run()
    assert at.markdown[0].value == "Error details: none"
    assert config.get_option("client.showErrorDetails") == "none"

    set_config("client.showErrorDetails", "full")
    at = app(f"{PAGE}/set_a_server_option.py").run()
    assert raised(at) == [StreamlitAPIException]


# --8<-- [end:test_a_script_sets_only_five_options]


# --8<-- [start:test_unknown_names_raise]
def test_unknown_names_raise():
    """get_option raises RuntimeError for a key it does not know; set_user_option
    raises StreamlitAPIException."""
    with pytest.raises(RuntimeError):
        config.get_option("server.prot")
    with pytest.raises(StreamlitAPIException):
        config.set_user_option("server.prot", 8601)


# --8<-- [end:test_unknown_names_raise]


READ_AGAIN = """
from streamlit import config

config.set_user_option("client.showErrorDetails", "none")  # what st.set_option calls
print(config.get_option("client.showErrorDetails"))
config.get_config_options(force_reparse=True)  # what a changed config file causes
print(config.get_option("client.showErrorDetails"))
"""


# --8<-- [start:test_a_set_option_value_is_lost_when_the_files_are_read_again]
@pytest.mark.parametrize("in_file", [None, "stacktrace"])
def test_a_set_option_value_is_lost_when_the_files_are_read_again(places, in_file):
    """get_config_options(force_reparse=True), which the config watchers of
    bootstrap._install_config_watchers call through load_config_options, starts
    again from a copy of _config_options_template: what set_option put is gone."""
    project = places()
    if in_file:
        (project / ".streamlit/config.toml").write_text(
            f'[client]\nshowErrorDetails = "{in_file}"\n'
        )
    printed = subprocess.run(
        [sys.executable, "-c", READ_AGAIN],
        cwd=project,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert printed == [
        "none",
        in_file or OPTIONS["client.showErrorDetails"].default_val,
    ]


# --8<-- [end:test_a_set_option_value_is_lost_when_the_files_are_read_again]


def wait_for(text, read):
    """Poll a server's output for `text`: a bound, not a wait for behaviour."""
    deadline = time.monotonic() + BROWSER_WAIT_MS / 1000
    while text not in read():
        assert time.monotonic() < deadline, f"{text!r} never appeared in:\n{read()}"
        time.sleep(0.05)


# --8<-- [start:test_a_changed_file_is_read_again_but_the_routes_stay]
@pytest.mark.browser
def test_a_changed_file_is_read_again_but_the_routes_stay(
    places, serve, page, tmp_path
):
    """bootstrap._install_config_watchers polls each config file; on a change
    get_config_options re-reads it and warns when a [server] value differs.
    The routes keep the path they were built with; get_option has the new one."""
    project = places(project="project_config.toml")
    shop = tmp_path / "shop"  # the shop app without its own config file
    shop.mkdir()
    shutil.copy(SNIPPETS / SHOP, shop / "app.py")
    served = serve(str(shop / "app.py"), cwd=project)
    before = urllib.request.urlopen(f"{served}/from-project/_stcore/health").read()
    assert before == b"ok"

    (project / ".streamlit" / "config.toml").write_text(
        '[server]\nbaseUrlPath = "moved"\n'
    )
    wait_for("please restart streamlit", lambda: serve.log(served))
    after = urllib.request.urlopen(f"{served}/from-project/_stcore/health").read()
    assert after == b"ok"
    with pytest.raises(urllib.error.HTTPError) as moved:
        urllib.request.urlopen(f"{served}/moved/_stcore/health")
    assert moved.value.code == 404

    page.goto(f"{served}/from-project")  # the old path, and the script reads the new
    expect(page.get_by_text("Served under: moved")).to_be_visible(
        timeout=BROWSER_WAIT_MS
    )


# --8<-- [end:test_a_changed_file_is_read_again_but_the_routes_stay]
