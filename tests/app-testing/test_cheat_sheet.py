"""Cheat sheet: every AppTest accessor and interaction method, by example."""

import collections
import datetime as dt
import inspect
import json
import re

import pytest
from conftest import REPO, SNIPPETS
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1 import element_tree as et

PAGE = REPO / "docs/app-testing/cheat-sheet.md"
EVERY = SNIPPETS / "app-testing/cheat-sheet/every_accessor.py"
# The accessors of the installed Streamlit: the properties of an ElementTree Block
# (AppTest forwards each one to its tree), without `key`, which finds nothing.
ACCESSORS = sorted(
    name
    for name, member in inspect.getmembers(et.Block)
    if isinstance(member, property) and name != "key"
)


def tags():
    """How many lines of the example name each accessor in a `# at.<name>` note."""
    return collections.Counter(re.findall(r"\bat\.(\w+)", EVERY.read_text()))


# --8<-- [start:test_apptest_has_a_blocks_accessors_plus_main_and_sidebar]
def test_apptest_has_a_blocks_accessors_plus_main_and_sidebar():
    """AppTest's properties (app_test.AppTest) against element_tree.Block's."""
    on_apptest = {
        name
        for name, member in inspect.getmembers(AppTest)
        if isinstance(member, property)
    }
    assert on_apptest == set(ACCESSORS) | {"main", "sidebar"}


# --8<-- [end:test_apptest_has_a_blocks_accessors_plus_main_and_sidebar]


# --8<-- [start:test_a_block_searches_only_inside_itself]
def test_a_block_searches_only_inside_itself(app, raised):
    """element_tree.Block: Column, Expander, the form block... all subclass it."""
    at = app("app-testing/cheat-sheet/every_accessor.py").run()
    raised(at)  # the example shows a ValueError with st.exception
    assert (len(at.button), len(at.form[0].button)) == (2, 1)
    assert (len(at.markdown), len(at.expander[0].markdown)) == (5, 1)
    assert len(at.columns[0].markdown) == 0
    assert isinstance(at.sidebar, et.Block) and len(at.sidebar.button) == 0


# --8<-- [end:test_a_block_searches_only_inside_itself]


# --8<-- [start:test_the_example_names_exactly_the_installed_accessors]
def test_the_example_names_exactly_the_installed_accessors():
    """The `# at.<name>` notes of the example are the Block properties, no more."""
    assert set(tags()) == set(ACCESSORS)


# --8<-- [end:test_the_example_names_exactly_the_installed_accessors]


# --8<-- [start:test_each_accessor_finds_the_lines_that_name_it]
@pytest.mark.parametrize("name", ACCESSORS)
@pytest.mark.changed_since_2024
def test_each_accessor_finds_the_lines_that_name_it(app, raised, name):
    """element_tree.Block.<name>: Block.get(type), or a filter of its children."""
    at = app("app-testing/cheat-sheet/every_accessor.py").run()
    assert len(getattr(at, name)) == tags()[name]
    # st.exception shows an error without raising it; at.exception lists it too.
    assert raised(at) == [ValueError]


# --8<-- [end:test_each_accessor_finds_the_lines_that_name_it]


# --8<-- [start:cases]
def shown(at):
    """What the example printed for each widget: {name: repr of its value}."""
    return dict(text.value.split(": ", 1) for text in at.text)


# (accessor, calls before the next run ("run" runs between), what the script got)
CASES = [
    ("button", [("click",)], "True"),
    ("button", [("set_value", True)], "True"),
    ("download_button", [("click",)], "True"),
    ("download_button", [("set_value", True)], "True"),
    ("menu_button", [("click", "b")], "'b'"),
    ("menu_button", [("click_index", 2)], "'c'"),
    ("menu_button", [("set_value", "a")], "'a'"),
    ("checkbox", [("check",)], "True"),
    ("checkbox", [("check",), ("run",), ("uncheck",)], "False"),
    ("checkbox", [("set_value", True)], "True"),
    ("toggle", [("set_value", True)], "True"),
    ("color_picker", [("pick", "#ff0000")], "'#ff0000'"),
    ("color_picker", [("set_value", "#00ff00")], "'#00ff00'"),
    ("radio", [("set_value", "c")], "'c'"),
    ("selectbox", [("select", "b")], "'b'"),
    ("selectbox", [("select_index", 2)], "'c'"),
    ("selectbox", [("set_value", "c")], "'c'"),
    ("multiselect", [("select", "b")], "['a', 'b']"),
    ("multiselect", [("unselect", "a")], "[]"),
    ("multiselect", [("set_value", ["c"])], "['c']"),
    ("pills", [("select", "b")], "['b']"),
    ("pills", [("select", "b"), ("run",), ("unselect", "b")], "[]"),
    ("pills", [("set_value", ["a", "c"])], "['a', 'c']"),
    ("feedback", [("set_value", 4)], "4"),
    ("select_slider", [("set_range", "b", "c")], "('b', 'c')"),
    ("select_slider", [("set_value", ("a", "c"))], "('a', 'c')"),
    ("slider", [("set_range", 2, 4)], "(2, 4)"),
    ("slider", [("set_value", (3, 7))], "(3, 7)"),
    ("number_input", [("increment",)], "6"),
    ("number_input", [("decrement",)], "4"),
    ("number_input", [("set_value", 9)], "9"),
    ("text_input", [("input", "hi")], "'hi'"),
    ("text_input", [("set_value", "yo")], "'yo'"),
    ("text_area", [("input", "hi")], "'hi'"),
    ("text_area", [("set_value", "yo")], "'yo'"),
    ("date_input", [("set_value", dt.date(2025, 2, 3))], "datetime.date(2025, 2, 3)"),
    ("time_input", [("increment",)], "datetime.time(12, 1)"),
    ("time_input", [("decrement",)], "datetime.time(11, 59)"),
    ("time_input", [("set_value", dt.time(8, 30))], "datetime.time(8, 30)"),
    (
        "datetime_input",
        [("set_value", dt.datetime(2025, 2, 3, 4, 5))],
        "datetime.datetime(2025, 2, 3, 4, 5)",
    ),
    ("pagination", [("select", 3)], "3"),
    ("pagination", [("set_value", 4)], "4"),
    ("file_uploader", [("upload", "a.txt", b"hi")], "('a.txt', b'hi')"),
    (
        "file_uploader",
        [("set_value", ("b.txt", b"yo", "text/plain"))],
        "('b.txt', b'yo')",
    ),
    ("file_uploader", [("upload", "a.txt", b"hi"), ("run",), ("clear",)], "None"),
    ("camera_input", [("upload", "a.jpg", b"hi")], "('a.jpg', b'hi')"),
    (
        "camera_input",
        [("set_value", ("b.jpg", b"yo", "image/jpeg"))],
        "('b.jpg', b'yo')",
    ),
    ("camera_input", [("upload", "a.jpg", b"hi"), ("run",), ("clear",)], "None"),
    ("audio_input", [("upload", "a.wav", b"hi")], "('a.wav', b'hi')"),
    ("audio_input", [("set_value", ("b.wav", b"yo", "audio/wav"))], "('b.wav', b'yo')"),
    ("audio_input", [("upload", "a.wav", b"hi"), ("run",), ("clear",)], "None"),
    ("chat_input", [("set_value", "hi")], "('hi', [])"),
    ("chat_input", [("upload", "a.txt", b"hi")], "('', ['a.txt'])"),
    ("chat_input", [("upload", "a.txt", b"hi"), ("run",), ("clear",)], "None"),
]

# --8<-- [end:cases]


def case_id(case):
    accessor, calls, _ = case
    return f"{accessor}." + ".".join(call[0] for call in calls)


# --8<-- [start:test_the_cases_use_every_interaction_method]
def test_the_cases_use_every_interaction_method():
    """Every public method a Widget subclass of element_tree defines, no more."""
    defined = {
        (cls.__name__, method)
        for cls in vars(et).values()
        if inspect.isclass(cls) and issubclass(cls, et.Widget) and cls is not et.Widget
        for method, member in vars(cls).items()
        if inspect.isfunction(member) and not method.startswith("_")
    }
    at = AppTest.from_file(SNIPPETS / "app-testing/cheat-sheet/interactions.py")
    at.run()
    used = {
        (type(getattr(at, accessor)[0]).__name__, call[0])
        for accessor, calls, _ in CASES
        for call in calls
        if call[0] != "run"
    }
    assert used == defined


# --8<-- [end:test_the_cases_use_every_interaction_method]


# --8<-- [start:test_each_interaction_method_reaches_the_script]
@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_each_interaction_method_reaches_the_script(app, case):
    """The methods set the widget's state in element_tree; run() sends it."""
    accessor, calls, expected = case
    at = app("app-testing/cheat-sheet/interactions.py").run()
    for method, *args in calls:
        if method == "run":  # a step that needs a run of its own, such as an upload
            at.run()
            continue
        before = shown(at)[accessor]
        widget = getattr(at, accessor)[0]
        assert getattr(widget, method)(*args) is widget  # so calls chain
    assert shown(at)[accessor] == before  # recorded, not yet seen by the script
    at.run()
    assert before != expected
    assert shown(at)[accessor] == expected


# --8<-- [end:test_each_interaction_method_reaches_the_script]


# --8<-- [start:test_a_chat_message_lasts_one_run]
def test_a_chat_message_lasts_one_run(app):
    """elements/widgets/chat.py: chat_input is a trigger, reset after its run."""
    at = app("app-testing/cheat-sheet/interactions.py").run()
    at.chat_input[0].set_value("hello").run()
    assert shown(at)["chat_input"] == "('hello', [])"
    at.run()
    assert shown(at)["chat_input"] == "None"


# --8<-- [end:test_a_chat_message_lasts_one_run]


# --8<-- [start:test_an_error_is_recorded_by_type_and_ends_the_run]
def test_an_error_is_recorded_by_type_and_ends_the_run(app, raised):
    """exception_utils / element_tree.Exception: the class name is proto.type."""
    at = app("app-testing/cheat-sheet/raises_by_type.py").run()  # no raise here
    assert raised(at) == [KeyError]  # the harness: the class of each error
    assert at.exception[0].proto.type == "KeyError"  # plain AppTest: its name
    assert at.exception[0].type == "exception"  # the element's type, not the error's
    assert at.exception[0].value == at.exception[0].message
    assert at.exception[0].value != at.exception[0].proto.type  # not the class
    assert [m.value for m in at.markdown] == ["Before the error"]


# --8<-- [end:test_an_error_is_recorded_by_type_and_ends_the_run]


# --8<-- [start:test_a_non_builtin_error_is_named_with_its_module]
def test_a_non_builtin_error_is_named_with_its_module(app, raised):
    """elements/exception.marshall sets proto.type to str(type(exc)) without
    "<class '...'>": the bare name for a builtin, module.Class for others."""
    at = app("app-testing/cheat-sheet/raises_a_library_error.py").run()
    assert at.exception[0].proto.type == "json.decoder.JSONDecodeError"
    assert raised(at) == [json.JSONDecodeError]


# --8<-- [end:test_a_non_builtin_error_is_named_with_its_module]

NO_ACCESSOR = ["audio", "video", "vega_lite_chart", "deck_gl_json_chart"]


# --8<-- [start:test_these_elements_need_get]
@pytest.mark.parametrize("kind", NO_ACCESSOR)
def test_these_elements_need_get(app, kind):
    """element_tree.parse_tree_from_messages makes them UnknownElement."""
    at = app("app-testing/cheat-sheet/needs_get.py").run()
    assert kind not in ACCESSORS
    (found,) = at.get(kind)
    assert isinstance(found, et.UnknownElement)
    assert found.type == kind


# --8<-- [end:test_these_elements_need_get]


# --8<-- [start:test_a_wrong_password_shows_an_error_and_keeps_the_page_private]
def log_in(at, password):
    at.text_input(key="name").input("Ada")
    at.text_input(key="password").input(password)
    at.form_submit_button[0].click().run()


def test_a_wrong_password_shows_an_error_and_keeps_the_page_private(app):
    at = app("app-testing/cheat-sheet/login.py").run()
    log_in(at, "guess")
    assert len(at.error) == 1
    assert at.session_state.user is None
    assert len(at.title) == 0
    assert len(at.form) == 1


# --8<-- [end:test_a_wrong_password_shows_an_error_and_keeps_the_page_private]


# --8<-- [start:test_the_right_password_opens_the_private_page]
def test_the_right_password_opens_the_private_page(app):
    at = app("app-testing/cheat-sheet/login.py").run()
    log_in(at, "open sesame")
    assert at.session_state.user == "Ada"
    assert at.title[0].value == "Private page"
    assert at.markdown[0].value == "Welcome, Ada"
    assert len(at.form) == 0
    assert len(at.error) == 0


# --8<-- [end:test_the_right_password_opens_the_private_page]


# --8<-- [start:test_log_out_shows_the_form_again]
def test_log_out_shows_the_form_again(app):
    at = app("app-testing/cheat-sheet/login.py")
    at.session_state.user = "Ada"  # skip the form: start logged in
    at.run()
    assert at.title[0].value == "Private page"
    at.button[0].click().run()
    assert at.session_state.user is None
    assert len(at.title) == 0
    assert len(at.form) == 1
    assert len(at.error) == 0


# --8<-- [end:test_log_out_shows_the_form_again]


# --8<-- [start:test_the_table_lists_every_widget_accessor_and_its_methods]
def test_the_table_lists_every_widget_accessor_and_its_methods(app, raised):
    """Rows `| at.<accessor> | methods |` against the Widget class each returns."""
    at = app("app-testing/cheat-sheet/every_accessor.py").run()
    raised(at)  # the example shows a ValueError with st.exception
    derived = {}
    for name in ACCESSORS:
        found = getattr(at, name)
        cls = type(found[0])
        methods = {m for m, v in vars(cls).items() if inspect.isfunction(v)}
        methods = {m for m in methods if not m.startswith("_")}
        if isinstance(found[0], et.Widget):
            derived[name] = methods
        elif isinstance(found[0], et.Element):  # e.g. data_editor, link_button
            assert methods == set()  # nothing to change it with
    row = re.compile(r"^\| `at\.(\w+)` \| (.+) \|$", re.MULTILINE)
    table = {
        name: set(re.findall(r"`(\w+)`", methods))
        for name, methods in row.findall(PAGE.read_text())
    }
    assert table == derived


# --8<-- [end:test_the_table_lists_every_widget_accessor_and_its_methods]
