"""Claims of docs/app-design/custom-classes.md."""

import json
import operator
import re
import shutil
from dataclasses import make_dataclass
from enum import Enum
from pathlib import Path

import pytest
import streamlit
from conftest import BROWSER_WAIT_MS, SNIPPETS
from playwright.sync_api import expect
from streamlit import config
from streamlit.runtime.caching.cache_errors import UnhashableParamError

PAGE = "app-design/custom-classes"


def rerun(at):
    return at.button[0].click().run()


# --8<-- [start:test_class_in_script_is_redefined_on_rerun]
def test_class_in_script_is_redefined_on_rerun(app):
    """ScriptRunner._run_script execs the whole script, class statements included."""
    at = app(f"{PAGE}/class_redefined_on_rerun.py").run()
    assert at.markdown[0].value == "Still a Ticket? `True`"

    rerun(at)
    assert at.markdown[0].value == "Still a Ticket? `False`"


# --8<-- [end:test_class_in_script_is_redefined_on_rerun]


# --8<-- [start:test_class_in_module_survives_reruns]
def test_class_in_module_survives_reruns(app):
    """Python's import: a module in sys.modules is not run again by `import`."""
    at = app(f"{PAGE}/class_in_module.py").run()
    for _ in range(3):
        assert at.markdown[0].value == "Still a Ticket? `True`"
        rerun(at)


# --8<-- [end:test_class_in_module_survives_reruns]


# --8<-- [start:test_saving_any_app_file_redefines_the_module_class]
@pytest.mark.browser
@pytest.mark.parametrize("edited", ["ticket.py", "class_in_module.py"])
@pytest.mark.correction_2024
def test_saving_any_app_file_redefines_the_module_class(serve, page, tmp_path, edited):
    """LocalSourcesWatcher.on_path_changed unloads every watched module, whichever
    watched file changed; the next run imports ticket.py again."""
    watcher = config.get_config_options()["server.fileWatcherType"]
    assert watcher.default_val == "auto"  # files are watched unless turned off
    for name in ("class_in_module.py", "ticket.py"):
        shutil.copy(SNIPPETS / PAGE / name, tmp_path / name)
    url = serve(
        str(tmp_path / "class_in_module.py"),
        "--server.fileWatcherType=poll",  # watch files, as during development
        "--server.runOnSave=true",
        cwd=tmp_path,
    )
    page.goto(url)
    verdict = page.get_by_text("Still a Ticket?")
    expect(verdict).to_have_text("Still a Ticket? True", timeout=BROWSER_WAIT_MS)

    # Streamlit starts watching ticket.py just after that run; an edit made in
    # between goes unnoticed, so edit again until one is seen.
    for attempt in range(6):
        with (tmp_path / edited).open("a") as source:
            source.write(f"# edit {attempt}\n")
        try:
            expect(verdict).to_have_text("Still a Ticket? False", timeout=5_000)
            break
        except AssertionError:
            if attempt == 5:
                raise

    # A new tab is a new session: its Ticket is made by the new class.
    new_tab = page.context.new_page()
    new_tab.goto(url)
    fresh = new_tab.get_by_text("Still a Ticket?")
    expect(fresh).to_have_text("Still a Ticket? True", timeout=BROWSER_WAIT_MS)


# --8<-- [end:test_saving_any_app_file_redefines_the_module_class]


# --8<-- [start:test_dataclass_equality_breaks_on_rerun]
def test_dataclass_equality_breaks_on_rerun(app):
    """dataclasses._cmp_fn: the generated __eq__ checks other.__class__."""
    at = app(f"{PAGE}/dataclass_eq_on_rerun.py").run()
    assert at.markdown.values == ["Same point? `True`"]

    rerun(at)
    assert at.markdown.values == ["Same point? `False`"]


# --8<-- [end:test_dataclass_equality_breaks_on_rerun]


# --8<-- [start:test_dataclass_order_comparison_raises_on_rerun]
def test_dataclass_order_comparison_raises_on_rerun(app, raised):
    """dataclasses._cmp_fn: the generated __lt__ returns NotImplemented for another
    class, and Python raises TypeError when both sides do."""
    at = app(f"{PAGE}/dataclass_order_on_rerun.py").run()
    assert at.markdown.values == ["Update available? `True`"]

    rerun(at)
    assert raised(at) == [TypeError]
    assert at.markdown.values == []

    # The same for all four generated operators, in plain Python.
    old, new = (make_dataclass("Version", ["major"], order=True) for _ in "ab")
    for compare in (operator.lt, operator.le, operator.gt, operator.ge):
        with pytest.raises(TypeError):
            compare(old(1), new(1))


# --8<-- [end:test_dataclass_order_comparison_raises_on_rerun]


# --8<-- [start:test_value_based_eq_survives_reruns]
def test_value_based_eq_survives_reruns(app):
    """dataclasses._process_class keeps an __eq__ the class body defines."""
    at = app(f"{PAGE}/value_based_eq.py").run()
    for _ in range(3):
        assert at.markdown.values == ["Same point? `True`"]
        rerun(at)


# --8<-- [end:test_value_based_eq_survives_reruns]


# --8<-- [start:test_serialized_state_survives_reruns]
def test_serialized_state_survives_reruns(app):
    """Session state keeps the str itself; from_str uses this run's class."""
    at = app(f"{PAGE}/serialized_in_session_state.py").run()
    assert isinstance(at.session_state["origin"], str)
    for _ in range(3):
        assert at.markdown.values == ["Same point? `True`"]
        rerun(at)


# --8<-- [end:test_serialized_state_survives_reruns]


# --8<-- [start:test_cached_staticmethod_returns_first_runs_object]
@pytest.mark.correction_2024
def test_cached_staticmethod_returns_first_runs_object(app):
    """cache_utils._make_function_key: module, qualname and source, not the object."""
    at = app(f"{PAGE}/cached_resource_staticmethod.py").run()
    first_id, verdict = at.markdown.values
    assert verdict == "Still an Inventory? `True`"

    rerun(at)
    # The same cached object comes back...
    assert at.markdown.values[0] == first_id
    # ...but it was built by the first run's class, which the rerun replaced.
    assert at.markdown.values[1] == "Still an Inventory? `False`"


# --8<-- [end:test_cached_staticmethod_returns_first_runs_object]


# --8<-- [start:test_cache_resource_is_global_unless_scope_session]
@pytest.mark.browser
@pytest.mark.correction_2024
def test_cache_resource_is_global_unless_scope_session(serve, page):
    """cache_resource_api.ResourceCaches.get_cache: scope picks the global store or
    the session's. AppTest gives every AppTest one session id, so use two tabs."""
    url = serve(f"{PAGE}/cache_scope.py")

    def ids(tab):
        tab.goto(url)
        shown = []
        for label in ("Shared client:", "This session's client:"):
            line = tab.get_by_text(label)
            expect(line).to_have_text(re.compile(r"\d+$"), timeout=BROWSER_WAIT_MS)
            shown.append(line.inner_text().rsplit(" ", 1)[1])
        return shown

    shared, own = ids(page)
    other_shared, other_own = ids(page.context.new_page())  # a second session
    assert other_shared == shared
    assert other_own != own


# --8<-- [end:test_cache_resource_is_global_unless_scope_session]


# --8<-- [start:test_both_scopes_keep_their_object_across_reruns]
def test_both_scopes_keep_their_object_across_reruns(app):
    """Within one session both caches hit on every rerun (AppTest is one session)."""
    at = app(f"{PAGE}/cache_scope.py").run()
    first = at.markdown.values
    shared_id, own_id = (line.split("`")[1] for line in first)
    assert shared_id != own_id  # two functions, two objects
    for _ in range(2):
        at.run()
        assert at.markdown.values == first


# --8<-- [end:test_both_scopes_keep_their_object_across_reruns]


# --8<-- [start:test_cached_staticmethod_through_an_instance_hashes_the_instance]
def test_cached_staticmethod_through_an_instance_hashes_the_instance(app, raised):
    """cache_utils.CachedFunc.__get__ binds the instance (BoundCachedFunc), which
    then goes first into _make_value_key, under the first parameter's name."""
    at = app(f"{PAGE}/cached_staticmethod_via_instance.py").run()
    # The call through the class ran; the same call through the instance failed.
    assert at.markdown.values == ["Connected to sqlite:///stock.db"]
    assert raised(at) == [UnhashableParamError]


# --8<-- [end:test_cached_staticmethod_through_an_instance_hashes_the_instance]


# --8<-- [start:test_selectbox_returns_an_object_of_an_earlier_run]
def test_selectbox_returns_an_object_of_an_earlier_run(app):
    """SessionState.register_widget deep-copies the value, which
    on_script_will_rerun deserialized with the previous run's options."""
    at = app(f"{PAGE}/selectbox_returns_earlier_class.py").run()
    # Even on the first run the widget returns a copy, equal only by value.
    assert at.markdown.values == [
        "The very object passed in: `False`",
        "S is one of this run's sizes: `True`",
    ]

    rerun(at)
    assert at.markdown.values[1] == "S is one of this run's sizes: `False`"

    at.selectbox[0].select_index(1).run()  # the user picks "M"
    assert at.markdown.values[1] == "M is one of this run's sizes: `False`"


# --8<-- [end:test_selectbox_returns_an_object_of_an_earlier_run]


# --8<-- [start:test_plain_class_in_module_is_never_in_the_options]
def test_plain_class_in_module_is_never_in_the_options(app):
    """SessionState.register_widget: deepcopy; object.__eq__ is identity."""
    at = app(f"{PAGE}/selectbox_plain_class_in_module.py").run()
    for _ in range(2):
        # The right class, but a copy: identity-based == never matches.
        assert at.markdown.values == ["A Size: `True`", "S is in SIZES: `False`"]
        rerun(at)


# --8<-- [end:test_plain_class_in_module_is_never_in_the_options]


# --8<-- [start:test_selectbox_with_value_based_eq_matches_current_options]
def test_selectbox_with_value_based_eq_matches_current_options(app):
    """list.__contains__ uses the __eq__ the class defines."""
    at = app(f"{PAGE}/selectbox_value_based_eq.py").run()
    rerun(at)
    assert at.markdown.values == ["S is one of this run's sizes: `True`"]

    at.selectbox[0].select_index(1).run()
    assert at.markdown.values == ["M is one of this run's sizes: `True`"]


# --8<-- [end:test_selectbox_with_value_based_eq_matches_current_options]


# --8<-- [start:test_failing_format_func_returns_the_very_option]
def test_failing_format_func_returns_the_very_option(app, raised):
    """options_selector_utils.resolve_value_against_options (selectbox) falls back to
    the stored label; validate_and_sync_value_with_options (radio) resets. Both
    catch the format_func's exception."""
    at = app(f"{PAGE}/selectbox_format_func_raises.py").run()
    for _ in range(3):
        # What the browser sends back: the labels of the picked options.
        at.selectbox[0].set_value("2. M")
        at.radio[0].set_value("2. M")
        at.run()
        assert at.markdown.values == [
            "Selectbox: M, the very object: `True`",
            "Radio: S, the very object: `True`",  # the pick is lost
        ]
        assert raised(at) == []  # the app shows no error


# --8<-- [end:test_failing_format_func_returns_the_very_option]


# --8<-- [start:test_failing_format_func_in_a_browser]
@pytest.mark.browser
def test_failing_format_func_in_a_browser(serve, page):
    """The same through a real server: AppTest sends the labels a browser sends."""
    page.goto(serve(f"{PAGE}/selectbox_format_func_raises.py"))
    box_line = page.get_by_text("Selectbox:")
    expect(box_line).to_have_text(
        "Selectbox: S, the very object: True", timeout=BROWSER_WAIT_MS
    )

    page.get_by_role("combobox").click()
    page.get_by_role("option", name="2. M").click()
    expect(box_line).to_have_text(
        "Selectbox: M, the very object: True", timeout=BROWSER_WAIT_MS
    )

    page.get_by_text("2. M", exact=True).last.click()  # the radio's M
    # The server answers by setting the radio back to its default, S.
    expect(page.get_by_role("radio", name="1. S")).to_be_checked(
        timeout=BROWSER_WAIT_MS
    )
    expect(page.get_by_text("Radio:")).to_have_text(
        "Radio: S, the very object: True", timeout=BROWSER_WAIT_MS
    )


# --8<-- [end:test_failing_format_func_in_a_browser]


class Planet(Enum):  # stands in for the browser, which sends back option labels
    EARTH = 3


# --8<-- [start:test_enum_coercion_setting]
@pytest.mark.parametrize(
    ("coercion", "welcomed"),
    [("nameOnly", True), ("nameAndValue", True), ("off", False)],
)
def test_enum_coercion_setting(app, set_config, coercion, welcomed):
    """options_selector_utils._coerce_enum returns the member as is when off."""
    set_config("runner.enumCoercion", coercion)
    at = app(f"{PAGE}/enum_selectbox.py").run()
    at.selectbox[0].set_value(Planet.EARTH).run()

    assert at.selectbox[0].value.name == "EARTH"
    assert ("Welcome home, earthling!" in at.markdown.values) is welcomed


# --8<-- [end:test_enum_coercion_setting]


WIDGETS = ["selectbox", "radio", "select_slider", "pills", "segmented_control"]
WIDGETS += ["multiselect"]


def modules_that_coerce():
    """The widget modules of the installed Streamlit that call maybe_coerce_enum."""
    folder = Path(streamlit.__file__).parent / "elements" / "widgets"
    return {
        path.stem
        for path in folder.glob("*.py")
        if re.search(r"maybe_coerce_enum(_sequence)?\(", path.read_text())
    }


# --8<-- [start:test_every_option_widget_coerces_enums]
@pytest.mark.parametrize(("coercion", "swapped"), [("nameOnly", True), ("off", False)])
def test_every_option_widget_coerces_enums(app, set_config, coercion, swapped):
    """maybe_coerce_enum(_sequence) is called by selectbox, multiselect, radio,
    select_slider and button_group (st.pills, st.segmented_control), no other."""
    assert modules_that_coerce() == {
        "selectbox", "multiselect", "radio", "select_slider", "button_group"
    }  # fmt: skip
    set_config("runner.enumCoercion", coercion)
    at = app(f"{PAGE}/enum_option_widgets.py").run()
    at.run()  # each widget now holds the first run's EARTH
    assert at.markdown.values == [
        f"{widget}: this run's EARTH? `{swapped}`" for widget in WIDGETS
    ]


# --8<-- [end:test_every_option_widget_coerces_enums]


# --8<-- [start:test_enum_coercion_is_on_by_default]
def test_enum_coercion_is_on_by_default(app):
    """config.py: runner.enumCoercion defaults to nameOnly."""
    assert config.get_option("runner.enumCoercion") == "nameOnly"
    at = app(f"{PAGE}/enum_selectbox.py").run()
    at.selectbox[0].set_value(Planet.EARTH).run()
    assert "Welcome home, earthling!" in at.markdown.values


# --8<-- [end:test_enum_coercion_is_on_by_default]


# --8<-- [start:test_name_and_value_needs_matching_values]
@pytest.mark.parametrize(
    ("coercion", "current"), [("nameOnly", True), ("nameAndValue", False)]
)
def test_name_and_value_needs_matching_values(app, set_config, coercion, current):
    """options_selector_utils._coerce_enum compares _value2member_map_ keys."""
    set_config("runner.enumCoercion", coercion)
    at = app(f"{PAGE}/enum_values_change.py").run()
    at.multiselect[0].set_value(["Size.SMALL"]).run()
    assert at.markdown.values == ["Members of this run's Size: `True`"]

    at.toggle[0].set_value(True).run()  # Size.SMALL is now 36, not 4
    assert at.markdown.values == [f"Members of this run's Size: `{current}`"]


# --8<-- [end:test_name_and_value_needs_matching_values]


# --8<-- [start:test_what_each_coercion_mode_compares]
@pytest.mark.parametrize(
    ("coercion", "version", "shown"),
    [
        ("nameOnly", "values swapped", "LARGE = 4; this run's Size: `True`"),
        ("nameAndValue", "values swapped", "LARGE = 4; this run's Size: `True`"),
        ("off", "values swapped", "LARGE = 10; this run's Size: `False`"),
        ("nameOnly", "members renamed", "PETITE = 4; this run's Size: `True`"),
        ("nameAndValue", "members renamed", KeyError),
        ("off", "members renamed", "PETITE = 4; this run's Size: `True`"),
    ],
)
@pytest.mark.correction_2024
def test_what_each_coercion_mode_compares(
    app, raised, set_config, coercion, version, shown
):
    """options_selector_utils._coerce_enum: same __qualname__, then the sets of
    member names (nameOnly) or of values (nameAndValue); then swaps by name."""
    set_config("runner.enumCoercion", coercion)
    at = app(f"{PAGE}/enum_members_move.py").run()
    at.selectbox[0].set_value("Size.LARGE").run()
    current = coercion != "off"  # off: even this pick is an earlier run's member
    assert at.markdown.values == [f"LARGE = 10; this run's Size: `{current}`"]

    at.radio[0].set_value(version).run()
    if shown is KeyError:  # values match, so it looks up Size["LARGE"]: gone
        assert raised(at) == [KeyError]
    else:
        assert raised(at) == []
        assert at.markdown.values == [shown]


# --8<-- [end:test_what_each_coercion_mode_compares]


# --8<-- [start:test_name_and_value_key_error_in_a_browser]
@pytest.mark.browser
def test_name_and_value_key_error_in_a_browser(serve, page):
    """The KeyError case through a real server and browser."""
    page.goto(
        serve(f"{PAGE}/enum_members_move.py", "--runner.enumCoercion=nameAndValue")
    )
    page.get_by_role("combobox").click()
    page.get_by_role("option", name="Size.LARGE").click()
    verdict = page.get_by_text("this run's Size:")
    expect(verdict).to_have_text(
        "LARGE = 10; this run's Size: True", timeout=BROWSER_WAIT_MS
    )

    page.get_by_text("members renamed").click()
    error = page.get_by_test_id("stException")
    expect(error).to_contain_text("KeyError", timeout=BROWSER_WAIT_MS)


# --8<-- [end:test_name_and_value_key_error_in_a_browser]


# --8<-- [start:test_coercion_needs_options_of_one_enum_class]
@pytest.mark.parametrize(("offer_none", "welcomed"), [(False, True), (True, False)])
def test_coercion_needs_options_of_one_enum_class(app, offer_none, welcomed):
    """options_selector_utils._extract_common_class_from_iter: one type, or None."""
    at = app(f"{PAGE}/enum_options_with_none.py").run()
    at.toggle[0].set_value(offer_none).run()
    at.selectbox[0].set_value("Planet.EARTH").run()

    assert at.selectbox[0].value.name == "EARTH"
    assert ("Welcome home, earthling!" in at.markdown.values) is welcomed


# --8<-- [end:test_coercion_needs_options_of_one_enum_class]


# --8<-- [start:test_renamed_enum_class_is_not_coerced]
@pytest.mark.parametrize("coercion", ["nameOnly", "nameAndValue", "off"])
def test_renamed_enum_class_is_not_coerced(app, set_config, coercion):
    """options_selector_utils._coerce_enum first compares __qualname__, in every
    mode that swaps at all."""
    set_config("runner.enumCoercion", coercion)
    at = app(f"{PAGE}/enum_class_renamed.py").run()
    at.multiselect[0].set_value(["SMALL"]).run()
    current = coercion != "off"  # off: even this pick is an earlier run's member
    assert at.markdown.values == [f"Members of this run's class: `{current}`"]

    at.toggle[0].set_value(True).run()  # the class is now called Measure
    assert at.multiselect[0].values == ["SMALL"]  # still selected, yet:
    assert at.markdown.values == ["Members of this run's class: `False`"]


# --8<-- [end:test_renamed_enum_class_is_not_coerced]


# --8<-- [start:test_enum_in_module_needs_no_coercion]
def test_enum_in_module_needs_no_coercion(app, set_config):
    """Python's import keeps one Planet class; Enum.__deepcopy__ returns the member
    itself, so even with coercion off the widget returns this run's member."""
    set_config("runner.enumCoercion", "off")
    at = app(f"{PAGE}/enum_in_module.py").run()
    at.selectbox[0].set_value(Planet.EARTH).run()
    for _ in range(2):
        assert "Welcome home, earthling!" in at.markdown.values
        at.run()


# --8<-- [end:test_enum_in_module_needs_no_coercion]


# --8<-- [start:test_custom_object_argument_is_unhashable]
def test_custom_object_argument_is_unhashable(app, raised):
    """hashing._CacheFuncHasher._to_bytes: no branch takes a plain object, and the
    last resort fails: obj.__reduce__() holds copyreg._reconstructor, a function
    that cannot be reduced; cache_utils._make_value_key raises
    UnhashableParamError."""
    at = app(f"{PAGE}/unhashable_param.py").run()
    assert raised(at) == [UnhashableParamError]


# --8<-- [end:test_custom_object_argument_is_unhashable]


# --8<-- [start:test_dataclass_argument_is_hashed_by_its_fields]
def test_dataclass_argument_is_hashed_by_its_fields(app, raised):
    """hashing._CacheFuncHasher._to_bytes hashes a dataclass by its fields."""
    at = app(f"{PAGE}/dataclass_argument_is_hashed.py").run()
    for _ in range(3):  # a new Score class each run, the same fields: a cache hit
        assert raised(at) == []
        assert at.markdown.values == ["Doubled: `42`", "Computed `1` time(s)"]
        rerun(at)


# --8<-- [end:test_dataclass_argument_is_hashed_by_its_fields]


# --8<-- [start:test_hash_funcs_by_type_caches_across_reruns]
def test_hash_funcs_by_type_caches_across_reruns(app):
    """hashing._CacheFuncHasher.to_bytes applies hash_funcs by type."""
    at = app(f"{PAGE}/hash_funcs_by_type.py").run()
    for _ in range(3):
        assert at.markdown.values == ["Doubled: `42`", "Computed `1` time(s)"]
        rerun(at)


# --8<-- [end:test_hash_funcs_by_type_caches_across_reruns]


# --8<-- [start:test_method_self_is_unhashable]
def test_method_self_is_unhashable(app, raised):
    """cache_utils.CachedFunc.__get__ binds self; _make_value_key hashes it."""
    at = app(f"{PAGE}/unhashable_self.py").run()
    assert raised(at) == [UnhashableParamError]


# --8<-- [end:test_method_self_is_unhashable]


# --8<-- [start:test_hash_funcs_by_name_caches_a_method]
def test_hash_funcs_by_name_caches_a_method(app):
    """hashing._CacheFuncHasher keys hash_funcs by the qualified type name."""
    at = app(f"{PAGE}/hash_funcs_method_by_name.py").run()
    for _ in range(3):
        assert at.markdown.values == ["Doubled: `42`", "Computed `1` time(s)"]
        rerun(at)


# --8<-- [end:test_hash_funcs_by_name_caches_a_method]


# --8<-- [start:test_hash_funcs_id_misses_for_every_new_object]
def test_hash_funcs_id_misses_for_every_new_object(app):
    """hashing._CacheFuncHasher.to_bytes: the key is whatever id returns."""
    at = app(f"{PAGE}/hash_funcs_id.py").run()
    # Two equal scores, two different ids: both calls compute.
    assert at.markdown.values == ["Doubled: `42` `42`", "Computed `2` time(s)"]

    at.run()  # new objects again: two more misses
    assert at.markdown.values[1] == "Computed `4` time(s)"


# --8<-- [end:test_hash_funcs_id_misses_for_every_new_object]


# --8<-- [start:test_hash_funcs_id_returns_another_objects_result]
def test_hash_funcs_id_returns_another_objects_result(app):
    """CPython gives a freed object's memory, and so its id, to a later object."""
    at = app(f"{PAGE}/hash_funcs_id_reused.py").run()
    results = {int(k): v for k, v in json.loads(at.json[0].value).items()}
    wrong = {points: got for points, got in results.items() if got != points * 2}
    assert wrong, "no id was reused"
    # Each wrong result is the doubled points of an earlier, freed Score.
    assert all(got // 2 < points for points, got in wrong.items())


# --8<-- [end:test_hash_funcs_id_returns_another_objects_result]
