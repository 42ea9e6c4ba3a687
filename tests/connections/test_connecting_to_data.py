"""Claims of docs/connections/connecting-to-data.md, on real SQLite files."""

import importlib.metadata
import shutil
import sqlite3

import pytest
import sqlalchemy
import streamlit as st
from conftest import SNIPPETS
from streamlit.connections import BaseConnection, ExperimentalBaseConnection
from streamlit.errors import (
    StreamlitAPIException,
    StreamlitMissingRequiredParameterError,
)

PAGE = "connections/connecting-to-data"


@pytest.fixture
def here(tmp_path, monkeypatch, request):
    """A fresh working directory with the page's .streamlit/secrets.toml in it,
    as a reader runs the examples: relative SQLite URLs make their files here."""
    shutil.copytree(SNIPPETS / PAGE / ".streamlit", tmp_path / ".streamlit")
    monkeypatch.chdir(tmp_path)
    st.secrets._reset()  # parse the files again, from here
    request.addfinalizer(st.secrets._reset)
    return tmp_path


def load(app, name):
    return app(f"{PAGE}/{name}.py")


# --8<-- [start:test_the_connection_writes_and_reads_a_real_file]
def test_the_connection_writes_and_reads_a_real_file(app, here):
    """connections/sql_connection.SQLConnection._connect: make_url(url) from
    [connections.pets_db]; the rows written through .session are in the file."""
    at = load(app, "pets").run()
    assert at.dataframe[0].value.to_dict("records") == [
        {"person": "barbara", "pet": "cat"},
        {"person": "jerry", "pet": "fish"},
    ]
    rows = sqlite3.connect(here / "pets.db").execute("SELECT * FROM owners")
    assert sorted(rows) == [("barbara", "cat"), ("jerry", "fish")]


# --8<-- [end:test_the_connection_writes_and_reads_a_real_file]


# --8<-- [start:test_a_plain_sql_string_fails_on_sqlalchemy_2]
@pytest.mark.changed_since_2024
def test_a_plain_sql_string_fails_on_sqlalchemy_2(app, raised, here):
    """Session.execute in SQLAlchemy 2 takes an executable, not a str."""
    at = load(app, "raw_sql_string").run()
    assert raised(at) == [sqlalchemy.exc.ArgumentError]
    assert sqlalchemy.__version__.startswith("2.")
    assert 'SQLAlchemy>=2.0.0; extra == "sql"' in importlib.metadata.requires(
        "streamlit"
    )


# --8<-- [end:test_a_plain_sql_string_fails_on_sqlalchemy_2]


# --8<-- [start:test_query_results_are_cached_unless_ttl_is_zero]
def test_query_results_are_cached_unless_ttl_is_zero(app, here):
    """SQLConnection.query wraps the read in st.cache_data(ttl=ttl): the same SQL
    is read once and kept; ttl=0 keeps nothing, so each run reads the file."""
    at = load(app, "query_is_cached").run()
    assert at.markdown[0].value == "cached: 1, with ttl=0: 1"
    at.run()
    at.run()
    assert at.markdown[0].value == "cached: 1, with ttl=0: 3"


# --8<-- [end:test_query_results_are_cached_unless_ttl_is_zero]


# --8<-- [start:test_the_connection_is_cached_and_reset_drops_its_engine]
def test_the_connection_is_cached_and_reset_drops_its_engine(app, here):
    """runtime/connection_factory._create_connection wraps the constructor in
    st.cache_resource(ttl=ttl); BaseConnection.reset sets _raw_instance to
    None, and _instance calls _connect again on the next use."""
    at = load(app, "connection_is_cached").run()
    assert [m.value for m in at.markdown] == [
        "kept: True, with ttl=0: True",  # the first run: nothing to compare yet
        "same engine: True",
    ]
    at.run()
    assert at.markdown[0].value == "kept: True, with ttl=0: False"
    at.button[0].click().run()
    assert [m.value for m in at.markdown] == [
        "kept: True, with ttl=0: False",
        "same engine: False",  # the same connection object, with a new engine
    ]


# --8<-- [end:test_the_connection_is_cached_and_reset_drops_its_engine]


# --8<-- [start:test_sessions_share_the_connection]
def test_sessions_share_the_connection(app, here):
    """BaseConnection.scope() is "global": one cache_resource entry for all."""
    one = load(app, "connection_is_cached").run()
    two = load(app, "connection_is_cached").run()  # another session
    assert one.session_state["first"]["kept"] is two.session_state["first"]["kept"]
    assert (
        one.session_state["first"]["fresh"] is not two.session_state["first"]["fresh"]
    )


# --8<-- [end:test_sessions_share_the_connection]


# --8<-- [start:test_a_keyword_argument_wins_over_the_secrets]
def test_a_keyword_argument_wins_over_the_secrets(app, here):
    """_connect: ChainMap(keyword arguments, the secrets section)."""
    at = load(app, "keyword_wins").run()
    assert at.markdown[0].value == "other.db"


# --8<-- [end:test_a_keyword_argument_wins_over_the_secrets]


# --8<-- [start:test_engine_options_come_from_create_engine_kwargs]
def test_engine_options_come_from_create_engine_kwargs(app, here):
    """SQLConnection._connect: create_engine(url, **ChainMap(kwargs,
    secrets["create_engine_kwargs"])): the keyword argument wins again."""
    at = load(app, "engine_options").run()
    assert at.markdown[0].value == "echo: True, with echo=False: False"


# --8<-- [end:test_engine_options_come_from_create_engine_kwargs]


# --8<-- [start:test_url_parts_need_username_and_host]
def test_url_parts_need_username_and_host(app, raised, here):
    """_connect without "url": each of _REQUIRED_CONNECTION_PARAMS (dialect,
    username, host) must be given, before any URL is built."""
    at = load(app, "url_parts").run()
    assert raised(at) == [StreamlitMissingRequiredParameterError]
    assert not (here / "pets.db").exists()


# --8<-- [end:test_url_parts_need_username_and_host]


# --8<-- [start:test_each_required_url_part_is_named_when_missing]
@pytest.mark.parametrize("missing", ["dialect", "username", "host"])
def test_each_required_url_part_is_named_when_missing(app, raised, here, missing):
    """SQLConnection._connect checks each of _REQUIRED_CONNECTION_PARAMS. The
    section goes into the secrets file: BaseConnection._secrets reads
    secrets_singleton, which at.secrets does not replace."""
    parts = {"dialect": "postgresql", "username": "shop", "host": "127.0.0.1"}
    del parts[missing]
    lines = "".join(f'{key} = "{value}"\n' for key, value in parts.items())
    with (here / ".streamlit" / "secrets.toml").open("a") as secrets:
        secrets.write(f"\n[connections.shop_db]\n{lines}")
    at = load(app, "url_parts_from_secrets").run()
    assert raised(at) == [StreamlitMissingRequiredParameterError]
    assert f"`{missing}`" in at.exception[0].message


# --8<-- [end:test_each_required_url_part_is_named_when_missing]


# --8<-- [start:test_the_connection_name_can_come_from_the_environment]
def test_the_connection_name_can_come_from_the_environment(app, here, monkeypatch):
    """runtime/connection_factory: a name "env:X" is read from $X."""
    monkeypatch.setenv("DB_CONN", "pets_db")
    at = load(app, "name_from_environment").run()
    assert at.markdown[0].value == "pets.db"


# --8<-- [end:test_the_connection_name_can_come_from_the_environment]


# --8<-- [start:test_no_configuration_is_an_error]
def test_no_configuration_is_an_error(app, raised, here):
    """_connect raises when neither secrets nor keyword arguments say where."""
    at = load(app, "no_configuration").run()
    assert raised(at) == [StreamlitAPIException]


# --8<-- [end:test_no_configuration_is_an_error]


# --8<-- [start:test_a_connection_of_your_own]
def test_a_connection_of_your_own(app, here):
    """BaseConnection.__init__ calls _connect with the keyword arguments and
    keeps its result as _instance; _secrets is [connections.<name>]. The
    read method caches with st.cache_data, so a new row shows only later."""
    db = sqlite3.connect(here / "shelter.db")
    db.execute("CREATE TABLE animals (name TEXT)")
    db.executemany("INSERT INTO animals VALUES (?)", [("Rex",), ("Tom",)])
    db.commit()
    at = load(app, "shelter_app").run()
    assert at.markdown[0].value == "Rex, Tom"

    db.execute("INSERT INTO animals VALUES ('Kit')")
    db.commit()
    at.run()
    assert at.markdown[0].value == "Rex, Tom"  # animals() is cached
    st.cache_data.clear()
    at.run()
    assert at.markdown[0].value == "Rex, Tom, Kit"
    assert ExperimentalBaseConnection is BaseConnection  # the 2024 docs' name


# --8<-- [end:test_a_connection_of_your_own]


# --8<-- [start:test_at_secrets_do_not_reach_a_connection]
def test_at_secrets_do_not_reach_a_connection(app, raised, tmp_path, monkeypatch):
    """AppTest swaps st.secrets for the run, but BaseConnection._secrets reads
    runtime.secrets.secrets_singleton, the files: at.secrets never gets there."""
    monkeypatch.chdir(tmp_path)  # no secrets file here
    st.secrets._reset()
    at = load(app, "pets")
    at.secrets["connections"] = {"pets_db": {"url": "sqlite:///pets.db"}}
    at.run()
    st.secrets._reset()
    assert raised(at) == [StreamlitAPIException]
    assert not (tmp_path / "pets.db").exists()


# --8<-- [end:test_at_secrets_do_not_reach_a_connection]
