"""Get started: a reader's project, run with pytest, and AppTest's basics."""

import importlib.util
import shutil
import subprocess
import sys

import pytest
from conftest import SNIPPETS
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1.errors import AppTestError

PROJECT = SNIPPETS / "app-testing/get-started/project"


def pytest_in(cwd, *args):
    """`python -m pytest` run as a reader would, in `cwd`; the finished process."""
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
    )


# --8<-- [start:test_pytest_finds_and_passes_the_readers_tests]
def test_pytest_finds_and_passes_the_readers_tests(tmp_path):
    """pytest collects tests/test_*.py and its test_* functions; all three pass."""
    project = shutil.copytree(PROJECT, tmp_path / "myproject")
    done = pytest_in(project)
    assert done.returncode == 0, done.stdout
    assert "3 passed" in done.stdout


# --8<-- [end:test_pytest_finds_and_passes_the_readers_tests]


# --8<-- [start:test_readers_tests_fail_when_the_app_breaks]
def test_readers_tests_fail_when_the_app_breaks(tmp_path):
    """The same tests, on an app whose Pour button no longer adds cups."""
    project = shutil.copytree(PROJECT, tmp_path / "myproject")
    app = project / "app.py"
    app.write_text(app.read_text().replace("+= cups", "+= 0"))
    done = pytest_in(project)
    assert done.returncode == 1
    assert "2 failed, 1 passed" in done.stdout
    failed = [line for line in done.stdout.splitlines() if line.startswith("FAILED")]
    assert [line.split()[1] for line in failed] == [
        "tests/test_app.py::test_pour_adds_the_chosen_cups",
        "tests/test_app.py::test_set_value_then_run",
    ]


# --8<-- [end:test_readers_tests_fail_when_the_app_breaks]


# --8<-- [start:test_pytest_collects_by_file_and_function_name]
@pytest.mark.correction_2024
def test_pytest_collects_by_file_and_function_name(tmp_path):
    """pytest's defaults: python_files = test_*.py *_test.py, python_functions =
    test (a prefix). Each file below holds one test that passes and one that
    would fail if pytest ran it."""
    project = shutil.copytree(PROJECT, tmp_path / "myproject")
    passes, fails = "def test_ok():\n    pass\n", "    assert False\n"
    (project / "tests/cups_test.py").write_text(passes + "\ndef pour_test():\n" + fails)
    (project / "tests/helpers.py").write_text("def test_hidden():\n" + fails)
    done = pytest_in(project)
    assert done.returncode == 0, done.stdout
    assert "4 passed" in done.stdout  # the three, and cups_test.py's test_ok


# --8<-- [end:test_pytest_collects_by_file_and_function_name]


# --8<-- [start:test_readers_tests_pass_from_another_folder]
def test_readers_tests_pass_from_another_folder(tmp_path):
    """Run from an unrelated working directory, the relative path still works."""
    done = pytest_in(tmp_path, "--rootdir", str(tmp_path), str(PROJECT))
    assert done.returncode == 0, done.stdout
    assert "3 passed" in done.stdout


def test_readers_tests_pass_when_called_here(tmp_path, monkeypatch):
    """The three functions, loaded from their file and called in this process
    from another working directory: each one's assertions hold."""
    monkeypatch.chdir(tmp_path)
    where = PROJECT / "tests/test_app.py"
    spec = importlib.util.spec_from_file_location("readers_test_app", where)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    tests = [f for name, f in vars(module).items() if name.startswith("test")]
    assert len(tests) == 3
    for test in tests:
        test()  # raises AssertionError if the reader's test fails


# --8<-- [end:test_readers_tests_pass_from_another_folder]


def caller_in(folder):
    """A module in `folder` whose `load(path)` calls AppTest.from_file(path)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "loader.py").write_text(
        "from streamlit.testing.v1 import AppTest\n\n"
        "def load(path):\n    return AppTest.from_file(path)\n"
    )
    spec = importlib.util.spec_from_file_location("loader", folder / "loader.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.load


# --8<-- [start:test_from_file_resolves_against_the_calling_file]
@pytest.mark.parametrize("cwd", [".", "tests", "elsewhere"])
@pytest.mark.changed_since_2024
def test_from_file_resolves_against_the_calling_file(tmp_path, monkeypatch, cwd):
    """streamlit.testing.v1.app_test.AppTest.from_file: a relative path is joined
    to the folder of the file that calls it (the caller's stack frame), never
    to the working directory."""
    shutil.copy(PROJECT / "app.py", tmp_path / "app.py")
    load = caller_in(tmp_path / "tests")
    (tmp_path / cwd).mkdir(exist_ok=True)
    monkeypatch.chdir(tmp_path / cwd)
    at = load("../app.py").run()
    assert at.title[0].value == "Tea counter"
    with pytest.raises(FileNotFoundError):
        load("app.py")  # tests/app.py does not exist, whatever the cwd


# --8<-- [end:test_from_file_resolves_against_the_calling_file]


# --8<-- [start:test_from_file_takes_an_absolute_path_as_given]
def test_from_file_takes_an_absolute_path_as_given(tmp_path, monkeypatch):
    """The other branch of AppTest.from_file: an absolute path is not joined."""
    monkeypatch.chdir(tmp_path)
    load = caller_in(tmp_path / "tests")
    at = load(PROJECT / "app.py").run()
    assert at.title[0].value == "Tea counter"


# --8<-- [end:test_from_file_takes_an_absolute_path_as_given]


# --8<-- [start:test_from_string_runs_the_text_as_a_script]
def test_from_string_runs_the_text_as_a_script():
    """AppTest._from_string dedents the text and writes it to a temporary file."""
    at = AppTest.from_string(
        """
        import streamlit as st
        st.markdown(f"Sum: {2 + 3}")
        """
    ).run()
    assert at.markdown[0].value == "Sum: 5"


# --8<-- [end:test_from_string_runs_the_text_as_a_script]


# --8<-- [start:test_from_function_calls_the_function_with_args_and_kwargs]
def greet(name, punctuation):
    import streamlit as st

    st.write(f"Hello, {name}{punctuation}")


def test_from_function_calls_the_function_with_args_and_kwargs():
    """AppTest.from_function: the function's source, then a call to it."""
    at = AppTest.from_function(greet, args=("Ada",), kwargs={"punctuation": "!"})
    assert at.run().markdown[0].value == "Hello, Ada!"


def greet_with_shutil(name):
    import streamlit as st

    st.write(f"Hello, {name}")
    st.write(shutil.__name__)  # shutil: imported at the top of this test module


def test_from_function_needs_its_own_imports(raised):
    """Only the function's source runs: the test module's imports are not there."""
    at = AppTest.from_function(greet_with_shutil, args=("Ada",)).run()
    assert raised(at) == [NameError]
    assert at.markdown[0].value == "Hello, Ada"  # ran up to the module's name


# --8<-- [end:test_from_function_calls_the_function_with_args_and_kwargs]


# --8<-- [start:test_run_past_its_timeout_raises_runtime_error]
def test_run_past_its_timeout_raises_runtime_error(tmp_path):
    """local_script_runner.require_widgets_deltas stops the script, then raises;
    AppTest.run(timeout=None) uses the AppTest's default_timeout."""
    slow = "import time\ntime.sleep(1)\nimport streamlit as st"
    (tmp_path / "empty.py").write_text("")
    made = [AppTest.from_file(tmp_path / "empty.py"), AppTest.from_string("")]
    for each in [*made, AppTest.from_function(greet)]:
        assert each.default_timeout == 3  # used when run() is given no timeout
    with pytest.raises(RuntimeError):
        AppTest.from_string(slow, default_timeout=0.1).run()  # no timeout given
    at = AppTest.from_string(slow)
    with pytest.raises(RuntimeError):
        at.run(timeout=0.1)
    assert at.run(timeout=5) is at  # the same script, given time, and the same at
    assert at.exception == []


# --8<-- [end:test_run_past_its_timeout_raises_runtime_error]


# --8<-- [start:test_a_widget_change_reaches_the_script_on_the_next_run]
@pytest.mark.parametrize(
    ("kind", "key", "act", "before", "after"),
    [
        ("text_input", "name", lambda w: w.input("Ada"), "", "Ada"),
        ("selectbox", "size", lambda w: w.select("large"), "small", "large"),
        ("number_input", "cups", lambda w: w.increment(), 0, 1),
        ("number_input", "cups", lambda w: w.set_value(4), 0, 4),
    ],
)
def test_a_widget_change_reaches_the_script_on_the_next_run(
    app, kind, key, act, before, after
):
    """element_tree.Widget methods store the value on the widget and return it;
    AppTest.run sends the stored values with the next script run."""
    at = app("app-testing/get-started/project/app.py").run()
    widget = getattr(at, kind)(key=key)
    assert act(widget) is widget
    assert at.session_state[key] == before  # the script has not seen it yet
    at.run()
    assert at.session_state[key] == after


def test_click_also_waits_for_the_next_run(app):
    """Button.click is set_value(True): stored on the button, sent by run().
    Button, TextInput, Selectbox and NumberInput each define set_value."""
    at = app("app-testing/get-started/project/app.py").run()
    for kind in ("button", "text_input", "selectbox", "number_input"):
        assert callable(getattr(at, kind)[0].set_value)
    at.number_input(key="cups").set_value(2).run()
    button = at.button(key="pour")
    assert button.click() is button
    assert at.session_state.poured == 0  # the script has not seen the click
    at.run()
    assert at.session_state.poured == 2
    at.button(key="pour").click().run()  # Session State keeps the count
    assert at.session_state.poured == 4


# --8<-- [end:test_a_widget_change_reaches_the_script_on_the_next_run]


# --8<-- [start:test_input_longer_than_max_chars_is_ignored]
def test_input_longer_than_max_chars_is_ignored():
    """element_tree.TextInput.input returns the widget unchanged when the text
    is longer than max_chars; set_value stores it all the same."""
    at = AppTest.from_string(
        """
        import streamlit as st
        st.text_input("Code", max_chars=3, key="code")
        """
    ).run()
    at.text_input(key="code").input("abcd").run()
    assert at.text_input(key="code").value == ""  # nothing was typed
    at.text_input(key="code").input("abc").run()
    assert at.text_input(key="code").value == "abc"


# --8<-- [end:test_input_longer_than_max_chars_is_ignored]


# --8<-- [start:test_containers_narrow_the_lists]
def test_containers_narrow_the_lists():
    """ElementTree.sidebar/main are Blocks with the same lists; columns is a
    BlockList of Column blocks, in page order."""
    at = AppTest.from_string(
        """
        import streamlit as st
        st.sidebar.button("Help", key="help")
        left, right = st.columns(2)
        right.button("Save", key="save")
        left.button("Undo", key="undo")
        """
    ).run()
    assert [b.label for b in at.sidebar.button] == ["Help"]
    assert [b.label for b in at.main.button] == ["Undo", "Save"]
    assert [b.label for b in at.columns[1].button] == ["Save"]
    with pytest.raises(KeyError):
        at.button(key="missing")


# --8<-- [end:test_containers_narrow_the_lists]


# --8<-- [start:test_elements_follow_the_page_or_a_key]
def test_elements_follow_the_page_or_a_key():
    """ElementTree's lists follow the page, not the order of the calls: a
    container made first holds a button that the script adds last."""
    at = AppTest.from_string(
        """
        import streamlit as st
        top = st.container()
        st.button("Made first, shown second", key="b")
        top.button("Made second, shown first", key="a")
        """
    ).run()
    assert [b.label for b in at.button] == [
        "Made second, shown first",
        "Made first, shown second",
    ]
    assert at.button(key="b").label == "Made first, shown second"
    assert at.button("a").label == "Made second, shown first"


# --8<-- [end:test_elements_follow_the_page_or_a_key]


# --8<-- [start:test_a_disabled_widget_refuses_a_change]
@pytest.mark.parametrize(
    ("kind", "act"),
    [
        ("text_input", lambda w: w.input("Ada")),
        ("text_input", lambda w: w.set_value("Ada")),
        ("number_input", lambda w: w.increment()),
        ("button", lambda w: w.click()),
    ],
)
def test_a_disabled_widget_refuses_a_change(kind, act):
    """element_tree.Widget._assert_can_interact: a disabled widget raises."""
    at = AppTest.from_string(
        f"""
        import streamlit as st
        st.{kind}("Locked", key="w", disabled=True)
        """
    ).run()
    with pytest.raises(AppTestError):
        act(getattr(at, kind)(key="w"))


@pytest.mark.parametrize(
    ("widget", "act"),
    [
        ('text_input("Locked", max_chars=3', lambda at: at.text_input[0].input("abcd")),
        (
            'number_input("Locked", value=None',
            lambda at: at.number_input[0].increment(),
        ),
    ],
)
def test_a_change_that_does_nothing_does_not_raise(widget, act):
    """TextInput.input (text over max_chars) and NumberInput.increment (no
    value) return before set_value, so _assert_can_interact never runs."""
    at = AppTest.from_string(
        f"""
        import streamlit as st
        st.{widget}, key="w", disabled=True)
        """
    ).run()
    act(at).run()  # no AppTestError
    assert at.session_state["w"] in ("", None)  # and nothing changed


# --8<-- [end:test_a_disabled_widget_refuses_a_change]
