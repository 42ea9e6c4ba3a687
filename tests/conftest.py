"""The harness: run a snippet under AppTest, isolated from every other test."""

import os
import sys
from pathlib import Path

import pytest
import streamlit as st
from streamlit import config
from streamlit.components.v2.component_manager import BidiComponentManager
from streamlit.testing.v1 import AppTest

REPO = Path(__file__).resolve().parents[1]
SNIPPETS = REPO / "snippets"

# Generous enough for a loaded CI machine; override with APPTEST_TIMEOUT=<seconds>.
TIMEOUT = float(os.environ.get("APPTEST_TIMEOUT", "10"))

# Each new AppTest scans the metadata of every installed package for components,
# about 80 ms of a 90 ms test. The installed packages do not change while the
# tests run, so scan once per process and share the result.
_components = BidiComponentManager()
_components.discover_and_register_components(start_file_watching=False)


@pytest.fixture
def app():
    """`app("chapter/page/example.py")` -> an AppTest of that snippet, not yet run."""

    def load(path: str) -> AppTest:
        at = AppTest.from_file(SNIPPETS / path, default_timeout=TIMEOUT)
        at._bidi_component_manager = _components
        return at

    return load


@pytest.fixture
def raised():
    """`raised(at)` -> the type names of the exceptions the script reported."""
    return lambda at: [e.proto.type for e in at.exception]


@pytest.fixture
def set_config():
    """`set_config("section.option", value)` for this test only."""
    saved = {}

    def set_(key, value):
        saved.setdefault(key, (config.get_option(key), config.get_where_defined(key)))
        config.set_option(key, value)

    yield set_
    for key, (value, where) in saved.items():
        config.set_option(key, value, where)


@pytest.fixture(autouse=True)
def _isolated():
    """Empty caches before each test; forget modules a snippet imported after it."""
    st.cache_data.clear()
    st.cache_resource.clear()
    before = set(sys.modules)
    yield
    for name in set(sys.modules) - before:
        if str(getattr(sys.modules[name], "__file__", "")).startswith(str(SNIPPETS)):
            del sys.modules[name]
