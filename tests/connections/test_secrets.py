"""Claims of docs/connections/secrets.md, on real secrets files.

Streamlit parses the files once (runtime/secrets.py, Secrets._parse) and keeps
the result in one process-wide object, so every test drops it before and after
(`st.secrets._reset()`, which also removes the variables it put in os.environ).
`HOME` points at a folder of the test's own, so your ~/.streamlit is never read.
"""

import os
import shutil
from pathlib import Path

import pytest
import streamlit as st
from conftest import BROWSER_WAIT_MS, SNIPPETS, shown
from playwright.sync_api import expect
from streamlit import config
from streamlit.errors import StreamlitSecretNotFoundError

PAGE = "connections/secrets"
BAKERY = f"{PAGE}/bakery/app.py"


# --8<-- [start:fresh]
@pytest.fixture
def fresh(tmp_path, monkeypatch, request):
    """An empty home folder and an empty working directory; secrets parsed anew."""
    home, project = tmp_path / "home", tmp_path / "project"
    home.mkdir()
    project.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(project)
    st.secrets._reset()
    request.addfinalizer(st.secrets._reset)
    return home, project


# --8<-- [end:fresh]


# --8<-- [start:place]
def place(snippet, folder):
    """Copy a snippet's TOML file to `folder`/.streamlit/secrets.toml."""
    (folder / ".streamlit").mkdir(exist_ok=True)
    shutil.copy(SNIPPETS / PAGE / snippet, folder / ".streamlit" / "secrets.toml")


# --8<-- [end:place]


# --8<-- [start:files]
@pytest.fixture
def files(fresh, monkeypatch):
    """`files("a.toml", ...)`: secrets.files lists these snippet files, in order.

    Not `set_config`: it would restore secrets.files as a fixed list, while its
    default is a function of HOME and the working directory (config._secrets_files).
    """
    option = config.get_config_options()["secrets.files"]

    def use(*names):
        paths = [str(SNIPPETS / PAGE / name) for name in names]
        monkeypatch.setattr(option, "_get_val_func", lambda: paths)
        st.secrets._reset()

    return use


# --8<-- [end:files]


# --8<-- [start:test_secrets_files_defaults_to_home_then_project]
@pytest.mark.changed_since_2024
def test_secrets_files_defaults_to_home_then_project(fresh):
    """config._secrets_files -> get_config_files("secrets.toml"): the home file,
    then the working directory's; `streamlit run` appends the script's own."""
    home, project = fresh
    assert config.get_option("secrets.files") == [
        str(home / ".streamlit" / "secrets.toml"),
        str(project / ".streamlit" / "secrets.toml"),
    ]


# --8<-- [end:test_secrets_files_defaults_to_home_then_project]


# --8<-- [start:test_the_project_file_wins_over_the_home_file]
def test_the_project_file_wins_over_the_home_file(app, fresh):
    """Secrets._parse: secrets.update(...) for each file in secrets.files, so
    a later file replaces a top-level key, a whole table included. AppTest
    sets no main script path, so bakery/.streamlit is not read."""
    home, project = fresh
    place("home_secrets.toml", home)
    place("project_secrets.toml", project)
    at = app(BAKERY).run()
    assert shown(at) == [
        "greeting: hello from home",  # only in the home file
        "shop_name: Project Bakery",  # in both: the project file wins
        "oven: project",  # bakery/.streamlit/secrets.toml is not read here
        "database: {'user': 'project_user'}",  # the home table's password is gone
    ]


# --8<-- [end:test_the_project_file_wins_over_the_home_file]


# --8<-- [start:test_streamlit_run_reads_three_files]
@pytest.mark.browser
@pytest.mark.changed_since_2024
def test_streamlit_run_reads_three_files(serve, page, fresh):
    """web/cli.py sets config._main_script_path, so get_config_files appends
    <script folder>/.streamlit/secrets.toml, read last: it wins."""
    home, project = fresh
    place("home_secrets.toml", home)
    place("project_secrets.toml", project)
    page.goto(serve(BAKERY, cwd=project))  # HOME is the test's home folder
    for text in [
        "greeting: hello from home",
        "shop_name: Project Bakery",
        "oven: beside the app",  # bakery/.streamlit/secrets.toml
        "database: {'user': 'project_user'}",
    ]:
        expect(page.get_by_text(text)).to_be_visible(timeout=BROWSER_WAIT_MS)


# --8<-- [end:test_streamlit_run_reads_three_files]


# --8<-- [start:test_secrets_files_replaces_the_defaults_and_keeps_its_order]
def test_secrets_files_replaces_the_defaults_and_keeps_its_order(app, fresh, files):
    """Secrets._parse reads only config secrets.files, first to last."""
    home, project = fresh
    (project / ".streamlit").mkdir()
    (project / ".streamlit" / "secrets.toml").write_text('greeting = "unlisted"\n')
    files("project_secrets.toml", "home_secrets.toml")  # the home file last
    at = app(BAKERY).run()
    assert shown(at) == [
        "greeting: hello from home",  # ./.streamlit/secrets.toml is not listed
        "shop_name: Home Bakery",
        "oven: home",
        "database: {'user': 'home_user', 'password': 'home-password'}",
    ]


# --8<-- [end:test_secrets_files_replaces_the_defaults_and_keeps_its_order]


# --8<-- [start:test_tables_by_key_by_attribute_and_as_keywords]
def test_tables_by_key_by_attribute_and_as_keywords(app, files):
    """Secrets.__getitem__/__getattr__ wrap a table in AttrDict, a Mapping
    that has both kinds of access and unpacks with **. Secrets and AttrDict
    __setitem__/__setattr__ raise TypeError: neither can be changed."""
    files("sections_secrets.toml")
    at = app(f"{PAGE}/sections.py").run()
    assert shown(at) == [
        "220 degrees",
        "220 degrees",
        "connected as baker (6-character password)",
    ]
    table = st.secrets.db_credentials  # the files this run read
    for change in [
        lambda: st.secrets.__setitem__("db_credentials", {}),
        lambda: setattr(st.secrets, "db_credentials", {}),
        lambda: table.__setitem__("username", "thief"),
        lambda: setattr(table, "username", "thief"),
    ]:
        with pytest.raises(TypeError):
            change()
    assert st.secrets.db_credentials.username == "baker"


# --8<-- [end:test_tables_by_key_by_attribute_and_as_keywords]


# --8<-- [start:test_top_level_strings_and_numbers_become_environment_variables]
@pytest.mark.correction_2024
def test_top_level_strings_and_numbers_become_environment_variables(
    app, files, monkeypatch
):
    """Secrets._maybe_set_environment_variable: type(v) in {str, int, float};
    a bool, a list and a table (and the keys inside it) are left out."""
    names = ["api_token", "retries", "timeout", "debug", "hosts", "service", "token"]
    for name in names:
        monkeypatch.delenv(name, raising=False)
    files("environment_secrets.toml")
    at = app(f"{PAGE}/environment.py").run()
    assert shown(at) == [
        "6 secrets",
        "api_token: tok-123",
        "retries: 3",
        "timeout: 2.5",
        "debug: (not set)",
        "hosts: (not set)",
        "service: (not set)",
        "token: (not set)",
    ]


# --8<-- [end:test_top_level_strings_and_numbers_become_environment_variables]


# --8<-- [start:test_a_missing_key]
@pytest.mark.parametrize(
    ("how", "outcome"),
    [
        ("key", KeyError),
        ("attribute", AttributeError),
        ("get", "value: no token"),
        ("in", "value: False"),
    ],
)
@pytest.mark.correction_2024
def test_a_missing_key(app, raised, files, how, outcome):
    """Secrets.__getitem__ raises KeyError, __getattr__ AttributeError; the
    Mapping methods .get and `in` catch the KeyError."""
    files("sections_secrets.toml")  # a file without api_token
    at = app(f"{PAGE}/missing_secret.py").run()
    at.radio[0].set_value(how).run()
    if isinstance(outcome, str):
        assert shown(at)[-1] == outcome
    else:
        assert raised(at) == [outcome]


# --8<-- [end:test_a_missing_key]


# --8<-- [start:test_no_secrets_file_at_all]
@pytest.mark.parametrize(
    ("how", "error"),
    [
        ("key", StreamlitSecretNotFoundError),
        ("attribute", AttributeError),
        ("get", StreamlitSecretNotFoundError),
        ("in", StreamlitSecretNotFoundError),
    ],
)
@pytest.mark.changed_since_2024
def test_no_secrets_file_at_all(app, raised, fresh, how, error):
    """Secrets._parse raises StreamlitSecretNotFoundError (a FileNotFoundError)
    when no listed file exists; only __getattr__ turns it into AttributeError."""
    at = app(f"{PAGE}/missing_secret.py").run()
    at.radio[0].set_value(how).run()
    assert raised(at) == [error]
    assert issubclass(StreamlitSecretNotFoundError, FileNotFoundError)
    assert not Path(".streamlit").exists() and os.environ["HOME"] == str(fresh[0])


# --8<-- [end:test_no_secrets_file_at_all]
