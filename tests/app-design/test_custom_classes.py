"""Claims of docs/app-design/custom-classes.md."""

import shutil
from enum import Enum

import pytest
from conftest import SNIPPETS
from playwright.sync_api import expect
from streamlit import config
from streamlit.runtime.caching.cache_errors import UnhashableParamError

PAGE = "app-design/custom-classes"


def rerun(at):
    return at.button[0].click().run()


# --8<-- [start:test_class_in_script_is_redefined_on_rerun]
def test_class_in_script_is_redefined_on_rerun(app):
    at = app(f"{PAGE}/class_redefined_on_rerun.py").run()
    assert at.markdown[0].value == "Still a Ticket? `True`"

    rerun(at)
    assert at.markdown[0].value == "Still a Ticket? `False`"


# --8<-- [end:test_class_in_script_is_redefined_on_rerun]


# --8<-- [start:test_class_in_module_survives_reruns]
def test_class_in_module_survives_reruns(app):
    at = app(f"{PAGE}/class_in_module.py").run()
    for _ in range(3):
        assert at.markdown[0].value == "Still a Ticket? `True`"
        rerun(at)


# --8<-- [end:test_class_in_module_survives_reruns]


# --8<-- [start:test_editing_the_module_redefines_the_class]
@pytest.mark.browser
def test_editing_the_module_redefines_the_class(serve, page, tmp_path):
    for name in ("class_in_module.py", "ticket.py"):
        shutil.copy(SNIPPETS / PAGE / name, tmp_path / name)
    url = serve(
        str(tmp_path / "class_in_module.py"),
        "--server.fileWatcherType=poll",  # watch files, as during development
        "--server.runOnSave=true",
    )
    page.goto(url)
    verdict = page.get_by_text("Still a Ticket?")
    expect(verdict).to_have_text("Still a Ticket? True", timeout=30_000)

    # Streamlit starts watching ticket.py just after that run; an edit made in
    # between goes unnoticed, so edit again until one is seen.
    for attempt in range(6):
        with (tmp_path / "ticket.py").open("a") as module:
            module.write(f"# edit {attempt}\n")
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
    expect(fresh).to_have_text("Still a Ticket? True", timeout=30_000)


# --8<-- [end:test_editing_the_module_redefines_the_class]


# --8<-- [start:test_dataclass_equality_breaks_on_rerun]
def test_dataclass_equality_breaks_on_rerun(app):
    at = app(f"{PAGE}/dataclass_eq_on_rerun.py").run()
    assert at.markdown.values == ["Same point? `True`"]

    rerun(at)
    assert at.markdown.values == ["Same point? `False`"]


# --8<-- [end:test_dataclass_equality_breaks_on_rerun]


# --8<-- [start:test_value_based_eq_survives_reruns]
def test_value_based_eq_survives_reruns(app):
    at = app(f"{PAGE}/value_based_eq.py").run()
    for _ in range(3):
        assert at.markdown.values == ["Same point? `True`"]
        rerun(at)


# --8<-- [end:test_value_based_eq_survives_reruns]


# --8<-- [start:test_serialized_state_survives_reruns]
def test_serialized_state_survives_reruns(app):
    at = app(f"{PAGE}/serialized_in_session_state.py").run()
    assert isinstance(at.session_state["origin"], str)
    for _ in range(3):
        assert at.markdown.values == ["Same point? `True`"]
        rerun(at)


# --8<-- [end:test_serialized_state_survives_reruns]


# --8<-- [start:test_cached_staticmethod_returns_first_runs_object]
def test_cached_staticmethod_returns_first_runs_object(app):
    at = app(f"{PAGE}/cached_resource_staticmethod.py").run()
    first_id, verdict = at.markdown.values
    assert verdict == "Still an Inventory? `True`"

    rerun(at)
    # The same cached object comes back...
    assert at.markdown.values[0] == first_id
    # ...but it was built by the first run's class, which the rerun replaced.
    assert at.markdown.values[1] == "Still an Inventory? `False`"

    # A second session (another browser tab) shares that one object.
    other_tab = app(f"{PAGE}/cached_resource_staticmethod.py").run()
    assert other_tab.markdown.values == [first_id, "Still an Inventory? `False`"]


# --8<-- [end:test_cached_staticmethod_returns_first_runs_object]


# --8<-- [start:test_selectbox_returns_an_object_of_an_earlier_run]
def test_selectbox_returns_an_object_of_an_earlier_run(app):
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
    at = app(f"{PAGE}/selectbox_plain_class_in_module.py").run()
    for _ in range(2):
        # The right class, but a copy: identity-based == never matches.
        assert at.markdown.values == ["A Size: `True`", "S is in SIZES: `False`"]
        rerun(at)


# --8<-- [end:test_plain_class_in_module_is_never_in_the_options]


# --8<-- [start:test_selectbox_with_value_based_eq_matches_current_options]
def test_selectbox_with_value_based_eq_matches_current_options(app):
    at = app(f"{PAGE}/selectbox_value_based_eq.py").run()
    rerun(at)
    assert at.markdown.values == ["S is one of this run's sizes: `True`"]

    at.selectbox[0].select_index(1).run()
    assert at.markdown.values == ["M is one of this run's sizes: `True`"]


# --8<-- [end:test_selectbox_with_value_based_eq_matches_current_options]


class Planet(Enum):  # stands in for the browser, which sends back option labels
    EARTH = 3


# --8<-- [start:test_enum_coercion_setting]
@pytest.mark.parametrize(
    ("coercion", "welcomed"),
    [("nameOnly", True), ("nameAndValue", True), ("off", False)],
)
def test_enum_coercion_setting(app, set_config, coercion, welcomed):
    set_config("runner.enumCoercion", coercion)
    at = app(f"{PAGE}/enum_selectbox.py").run()
    at.selectbox[0].set_value(Planet.EARTH).run()

    assert at.selectbox[0].value.name == "EARTH"
    assert ("Welcome home, earthling!" in at.markdown.values) is welcomed


# --8<-- [end:test_enum_coercion_setting]


# --8<-- [start:test_enum_coercion_is_on_by_default]
def test_enum_coercion_is_on_by_default(app):
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
    set_config("runner.enumCoercion", coercion)
    at = app(f"{PAGE}/enum_values_change.py").run()
    at.multiselect[0].set_value(["Size.SMALL"]).run()
    assert at.markdown.values == ["Members of this run's Size: `True`"]

    at.toggle[0].set_value(True).run()  # Size.SMALL is now 36, not 4
    assert at.markdown.values == [f"Members of this run's Size: `{current}`"]


# --8<-- [end:test_name_and_value_needs_matching_values]


# --8<-- [start:test_renamed_enum_class_is_not_coerced]
def test_renamed_enum_class_is_not_coerced(app):
    at = app(f"{PAGE}/enum_class_renamed.py").run()
    at.multiselect[0].set_value(["SMALL"]).run()
    assert at.markdown.values == ["Members of this run's class: `True`"]

    at.toggle[0].set_value(True).run()  # the class is now called Measure
    assert at.multiselect[0].values == ["SMALL"]  # still selected, yet:
    assert at.markdown.values == ["Members of this run's class: `False`"]


# --8<-- [end:test_renamed_enum_class_is_not_coerced]


# --8<-- [start:test_custom_object_argument_is_unhashable]
def test_custom_object_argument_is_unhashable(app, raised):
    at = app(f"{PAGE}/unhashable_param.py").run()
    assert raised(at) == [UnhashableParamError]
    assert "Cannot hash argument 'score'" in at.exception[0].message


# --8<-- [end:test_custom_object_argument_is_unhashable]


# --8<-- [start:test_dataclass_argument_is_hashed_by_its_fields]
def test_dataclass_argument_is_hashed_by_its_fields(app, raised):
    at = app(f"{PAGE}/dataclass_argument_is_hashed.py").run()
    for _ in range(3):  # a new Score class each run, the same fields: a cache hit
        assert raised(at) == []
        assert at.markdown.values == ["Doubled: `42`", "Computed `1` time(s)"]
        rerun(at)


# --8<-- [end:test_dataclass_argument_is_hashed_by_its_fields]


# --8<-- [start:test_hash_funcs_by_type_caches_across_reruns]
def test_hash_funcs_by_type_caches_across_reruns(app):
    at = app(f"{PAGE}/hash_funcs_by_type.py").run()
    for _ in range(3):
        assert at.markdown.values == ["Doubled: `42`", "Computed `1` time(s)"]
        rerun(at)


# --8<-- [end:test_hash_funcs_by_type_caches_across_reruns]


# --8<-- [start:test_method_self_is_unhashable]
def test_method_self_is_unhashable(app, raised):
    at = app(f"{PAGE}/unhashable_self.py").run()
    assert raised(at) == [UnhashableParamError]
    assert "Cannot hash argument 'self'" in at.exception[0].message


# --8<-- [end:test_method_self_is_unhashable]


# --8<-- [start:test_hash_funcs_by_name_caches_a_method]
def test_hash_funcs_by_name_caches_a_method(app):
    at = app(f"{PAGE}/hash_funcs_method_by_name.py").run()
    for _ in range(3):
        assert at.markdown.values == ["Doubled: `42`", "Computed `1` time(s)"]
        rerun(at)


# --8<-- [end:test_hash_funcs_by_name_caches_a_method]


# --8<-- [start:test_hash_funcs_id_misses_for_every_new_object]
def test_hash_funcs_id_misses_for_every_new_object(app):
    at = app(f"{PAGE}/hash_funcs_id.py").run()
    # Two equal scores, two different ids: both calls compute.
    assert at.markdown.values == ["Doubled: `42` `42`", "Computed `2` time(s)"]

    at.run()  # new objects again: two more misses
    assert at.markdown.values[1] == "Computed `4` time(s)"


# --8<-- [end:test_hash_funcs_id_misses_for_every_new_object]
