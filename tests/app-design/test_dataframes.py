"""Claims of docs/app-design/dataframes.md.

AppTest reads st.dataframe and st.data_editor from at.dataframe (editors also
from at.data_editor). It cannot click or type in a table, but a selection or an
edit state set on at.session_state before a run reaches the script as if the
browser had sent it; two Chromium tests check that a real click and a real edit
send the same thing.
"""

import json

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
from conftest import BROWSER_WAIT_MS
from playwright.sync_api import expect
from streamlit import deprecation_util
from streamlit.errors import (
    StreamlitIncompatibleParametersError,
    StreamlitInvalidHeightError,
    StreamlitInvalidWidthError,
)
from streamlit.testing.v1 import local_script_runner

PAGE = "app-design/dataframes"
ROW = 35  # px: the height of the header and of each row of the grid


# --8<-- [start:column_config]
def column_config(table):
    """The column settings the browser gets, as a dict."""
    return json.loads(table.proto.columns or "{}")


# --8<-- [end:column_config]


# --8<-- [start:layouts]
@pytest.fixture
def layouts(monkeypatch):
    """A list that each run fills with the (width, height) of its dataframes.

    AppTest drops an element's width_config/height_config, so read them from
    the messages the script sent. A size left at the default is None.
    """
    sizes = []
    parse = local_script_runner.parse_tree_from_messages

    def recording(messages):
        for msg in messages:
            element = msg.delta.new_element
            if element.WhichOneof("type") == "dataframe":
                sizes.append((spec(element, "width"), spec(element, "height")))
        return parse(messages)

    monkeypatch.setattr(local_script_runner, "parse_tree_from_messages", recording)
    return sizes


def spec(element, side):
    if not element.HasField(f"{side}_config"):
        return None
    config = getattr(element, f"{side}_config")
    kind = config.WhichOneof(f"{side}_spec")
    return getattr(config, kind) if kind.startswith("pixel") else kind


# --8<-- [end:layouts]


# --8<-- [start:test_hide_index_and_column_order_only_change_the_display]
def test_hide_index_and_column_order_only_change_the_display(app):
    """ArrowMixin.dataframe: hide_index becomes a column setting of the index
    ("_index"), column_order a list in the proto; the data is sent whole."""
    at = app(f"{PAGE}/display_options.py").run()
    table = at.dataframe[0]

    assert column_config(table) == {"_index": {"hidden": True}}
    assert list(table.proto.column_order) == ["total", "customer"]
    # Every column still goes to the browser, card numbers included.
    assert list(table.value.columns) == ["customer", "total", "card_number"]
    assert table.value["card_number"].tolist()[0] == "4111 1111"
    assert table.value.index.tolist() == [101, 102, 103]  # the hidden index too


# --8<-- [end:test_hide_index_and_column_order_only_change_the_display]


# --8<-- [start:test_width_and_height_accept_these_values]
@pytest.mark.parametrize(
    ("width", "height", "sent"),
    [
        ("stretch", "auto", ("use_stretch", None)),  # the defaults
        ("content", "content", ("use_content", "use_content")),
        (300, "stretch", (300, "use_stretch")),
        ("stretch", 150, ("use_stretch", 150)),
    ],
)
def test_width_and_height_accept_these_values(app, layouts, width, height, sent):
    """layout_utils.validate_width(allow_content=True) and validate_height(
    allow_content=True, additional_allowed=["auto"]) as ArrowMixin.dataframe
    calls them; "auto" sends no height_config."""
    at = app(f"{PAGE}/width_and_height.py").run()
    at.selectbox[0].select(width)  # "width"
    at.selectbox[1].select(height).run()  # "height"

    assert layouts[-1] == sent


# --8<-- [end:test_width_and_height_accept_these_values]


# --8<-- [start:test_width_and_height_refuse_other_values]
@pytest.mark.parametrize(
    ("side", "value", "error"),
    [
        ("width", "auto", StreamlitInvalidWidthError),
        ("width", 0, StreamlitInvalidWidthError),
        ("height", "full", StreamlitInvalidHeightError),
        ("height", 0, StreamlitInvalidHeightError),
    ],
)
def test_width_and_height_refuse_other_values(app, raised, side, value, error):
    at = app(f"{PAGE}/width_and_height.py").run()
    at.selectbox[["width", "height"].index(side)].select(value).run()

    assert raised(at) == [error]
    assert not at.dataframe


# --8<-- [end:test_width_and_height_refuse_other_values]


# --8<-- [start:test_use_container_width_still_works_but_logs_a_deprecation]
@pytest.mark.changed_since_2024
def test_use_container_width_still_works_but_logs_a_deprecation(
    app, layouts, monkeypatch
):
    """ArrowMixin.dataframe: show_deprecation_warning(..., show_in_browser=False)
    only logs it; True becomes width="stretch", False width="content" unless
    width is an int."""
    logged = []
    monkeypatch.setattr(deprecation_util._LOGGER, "warning", logged.append)

    at = app(f"{PAGE}/use_container_width_deprecated.py").run()

    assert layouts == [("use_stretch", None), ("use_content", None), (300, None)]
    assert len(logged) == 3
    assert all("replace `use_container_width` with `width`" in m for m in logged)
    assert not at.warning  # nothing on the page
    assert len(at.dataframe) == 3


# --8<-- [end:test_use_container_width_still_works_but_logs_a_deprecation]


# --8<-- [start:test_column_config_becomes_column_settings_in_the_proto]
def test_column_config_becomes_column_settings_in_the_proto(app):
    """column_config_utils.apply_data_specific_configs / marshall_column_config:
    each Column is a dict with a label and a type_config; None hides."""
    at = app(f"{PAGE}/column_config_types.py").run()
    table = at.dataframe[0]

    assert column_config(table) == {
        "title": {
            "label": "Title",
            "help": "As printed",
            "type_config": {"type": "text"},
        },
        "price": {
            "label": "Price",
            "type_config": {"type": "number", "format": "$%.2f"},
        },
        "in_stock": {"label": "In stock", "type_config": {"type": "checkbox"}},
        "rating": {"type_config": {"type": "progress", "min_value": 0, "max_value": 5}},
        "page": {
            "label": "Shop",
            "type_config": {"type": "link", "display_text": "Open"},
        },
        "isbn": {"hidden": True},
    }
    # The data itself is untouched: the hidden column is sent too.
    assert table.value["isbn"].tolist() == ["978-0441", "978-0141"]


# --8<-- [end:test_column_config_becomes_column_settings_in_the_proto]


# --8<-- [start:test_without_on_select_dataframe_returns_its_element]
def test_without_on_select_dataframe_returns_its_element(app):
    at = app(f"{PAGE}/selection_off_returns_element.py").run()
    assert at.markdown[0].value == "Returned: DeltaGenerator"


# --8<-- [end:test_without_on_select_dataframe_returns_its_element]


# --8<-- [start:test_selection_starts_empty]
def test_selection_starts_empty(app):
    """ArrowMixin.dataframe with on_select: a DataframeState, rows/columns/cells."""
    at = app(f"{PAGE}/row_selection.py").run()

    assert [m.value for m in at.markdown] == [
        "Selected: nobody",
        "Return value: {'selection': {'rows': [], 'columns': [], 'cells': []}}",
    ]


# --8<-- [end:test_selection_starts_empty]


# --8<-- [start:test_selection_set_in_session_state_reaches_the_script]
def test_selection_set_in_session_state_reaches_the_script(app):
    """A keyed selectable dataframe allows writes to its key (writes_allowed in
    check_widget_policies), so a test can hand it a selection."""
    at = app(f"{PAGE}/row_selection.py")
    at.session_state["picked"] = {
        "selection": {"rows": [0, 2], "columns": [], "cells": []}
    }
    at.run()

    assert at.markdown[0].value == "Selected: Ada, Linus"


# --8<-- [end:test_selection_set_in_session_state_reaches_the_script]


# --8<-- [start:test_clicking_row_checkboxes_selects_rows]
@pytest.mark.browser
def test_clicking_row_checkboxes_selects_rows(serve, page):
    url = serve(f"{PAGE}/row_selection.py")
    page.goto(url)
    expect(page.get_by_text("Selected: nobody")).to_be_visible(timeout=BROWSER_WAIT_MS)
    grid = page.get_by_test_id("stDataFrame").locator("canvas").first.bounding_box()

    def click_row_checkbox(row):  # the narrow column left of the first column
        page.mouse.click(grid["x"] + 15, grid["y"] + ROW * (row + 1) + ROW / 2)

    click_row_checkbox(2)
    expect(page.get_by_text("Selected: Linus")).to_be_visible(timeout=BROWSER_WAIT_MS)
    click_row_checkbox(0)
    expect(page.get_by_text("Selected: Ada, Linus")).to_be_visible(
        timeout=BROWSER_WAIT_MS
    )
    # The same value the AppTest test above hands over through session state.
    expect(
        page.get_by_text(
            "Return value: {'selection': {'rows': [0, 2], 'columns': [], 'cells': []}}"
        )
    ).to_be_visible()


# --8<-- [end:test_clicking_row_checkboxes_selects_rows]


# --8<-- [start:test_selection_modes]
@pytest.mark.parametrize(
    ("modes", "error"),
    [
        (["multi-row"], None),
        (["single-row", "multi-column", "multi-cell"], None),
        (["single-row", "multi-row"], StreamlitIncompatibleParametersError),
        (["single-row-required", "single-row"], StreamlitIncompatibleParametersError),
        (["single-column", "multi-column"], StreamlitIncompatibleParametersError),
        (["single-cell", "multi-cell"], StreamlitIncompatibleParametersError),
    ],
)
def test_selection_modes(app, raised, modes, error):
    """arrow._normalize_selection_mode: at most one row mode, and not both the
    single and the multi mode of columns or of cells."""
    at = app(f"{PAGE}/selection_modes.py").run()
    at.multiselect[0].set_value(modes).run()

    assert raised(at) == ([error] if error else [])


# --8<-- [end:test_selection_modes]


# --8<-- [start:test_single_row_required_selects_the_first_row]
def test_single_row_required_selects_the_first_row(app):
    """ArrowMixin.dataframe: in single-row-required mode an empty row selection
    becomes [0]."""
    at = app(f"{PAGE}/selection_modes.py").run()
    at.multiselect[0].set_value(["single-row-required"]).run()

    assert at.markdown[0].value == (
        "Selection: {'rows': [0], 'columns': [], 'cells': []}"
    )


# --8<-- [end:test_single_row_required_selects_the_first_row]


# --8<-- [start:test_edit_state_is_applied_to_the_returned_frame]
def test_edit_state_is_applied_to_the_returned_frame(app):
    """data_editor._apply_dataframe_edits: cell edits, then deletions, then
    additions; a new row's missing cells are None (or NaN in a number column)."""
    at = app(f"{PAGE}/editor_edits.py")
    at.session_state["tasks"] = {
        "edited_rows": {0: {"done": True}},
        "added_rows": [{"task": "Ship", "hours": 2}],
        "deleted_rows": [1],
    }
    at.run()

    assert [m.value for m in at.markdown[:3]] == [
        "Hours left: 2",  # Write is done, Review deleted, Ship added
        "Rows: 2",
        "First task: Write",
    ]
    assert at.data_editor[0].editing_mode == "dynamic"
    # The editor's own value in AppTest is the input table, without the edits.
    assert len(at.data_editor[0].value) == 2
    assert at.data_editor[0].value["done"].tolist() == [False, False]


# --8<-- [end:test_edit_state_is_applied_to_the_returned_frame]


# --8<-- [start:test_edits_come_before_deletions_and_deletions_before_additions]
def test_edits_come_before_deletions_and_deletions_before_additions(app, raised):
    """_apply_dataframe_edits: _apply_cell_edits, _apply_row_deletions, then
    _apply_row_additions, each on the frame the step before left."""
    ship = [{"task": "Ship", "hours": 2}]
    at = app(f"{PAGE}/editor_edits.py")  # row 0 edited, then deleted:
    at.session_state["tasks"] = {
        "edited_rows": {0: {"hours": 9}},
        "added_rows": ship,
        "deleted_rows": [0],
    }
    at.run()
    assert [m.value for m in at.markdown[:2]] == ["Hours left: 3", "Rows: 2"]

    at = app(f"{PAGE}/editor_edits.py")  # position 2 is the new row, once added
    at.session_state["tasks"] = {
        "edited_rows": {},
        "added_rows": ship,
        "deleted_rows": [2],
    }
    at.run()
    assert raised(at) == [IndexError]  # there is no row 2 yet


# --8<-- [end:test_edits_come_before_deletions_and_deletions_before_additions]


# --8<-- [start:test_a_real_edit_sends_the_same_edit_state]
@pytest.mark.browser
def test_a_real_edit_sends_the_same_edit_state(serve, page):
    url = serve(f"{PAGE}/editor_edits.py")
    page.goto(url)
    expect(page.get_by_text("Rows: 2")).to_be_visible(timeout=BROWSER_WAIT_MS)
    grid = page.get_by_test_id("stDataFrame").locator("canvas").first.bounding_box()
    hours_x = grid["x"] + grid["width"] / 2  # the middle of three wide columns

    page.mouse.dblclick(hours_x, grid["y"] + ROW * 1.5)  # "hours" of row 0
    cell_editor = page.locator("input.gdg-input")
    expect(cell_editor).to_be_focused(timeout=BROWSER_WAIT_MS)
    cell_editor.fill("5")
    cell_editor.press("Enter")
    expect(page.get_by_text("Hours left: 6", exact=True)).to_be_visible(
        timeout=BROWSER_WAIT_MS
    )

    page.mouse.click(hours_x, grid["y"] + ROW * 3.5)  # the empty row below the table
    expect(page.get_by_text("Rows: 3")).to_be_visible(timeout=BROWSER_WAIT_MS)
    expect(
        page.get_by_text(
            "Edit state: {'edited_rows': {0: {'hours': 5}}, "
            "'added_rows': [{}], 'deleted_rows': []}"
        )
    ).to_be_visible()
    # The empty new row has no hours: NaN turns the column into floats.
    expect(page.get_by_text("Hours left: 6.0", exact=True)).to_be_visible()


# --8<-- [end:test_a_real_edit_sends_the_same_edit_state]


# --8<-- [start:test_an_empty_added_row_turns_a_number_column_into_floats]
def test_an_empty_added_row_turns_a_number_column_into_floats(app):
    at = app(f"{PAGE}/editor_edits.py")
    at.session_state["tasks"] = {
        "edited_rows": {0: {"hours": 5}},
        "added_rows": [{}],
        "deleted_rows": [],
    }
    at.run()

    assert at.markdown[0].value == "Hours left: 6.0"


# --8<-- [end:test_an_empty_added_row_turns_a_number_column_into_floats]


# --8<-- [start:test_the_server_does_not_enforce_disabled_or_num_rows]
def test_the_server_does_not_enforce_disabled_or_num_rows(app):
    """data_editor._apply_dataframe_edits never reads `disabled` or `num_rows`:
    the browser enforces them, the server applies any edit state it gets."""
    at = app(f"{PAGE}/editor_edits.py")
    at.session_state["tasks"] = {
        "edited_rows": {0: {"task": "Rewrite"}},  # "task" is disabled
        "added_rows": [],
        "deleted_rows": [],
    }
    at.run()
    assert column_config(at.data_editor[0])["task"] == {"disabled": True}
    assert at.markdown[2].value == "First task: Rewrite"

    at = app(f"{PAGE}/num_rows_modes.py")
    at.session_state["guests_fixed"] = {
        "edited_rows": {},
        "added_rows": [{"guest": "Linus"}],
        "deleted_rows": [],
    }
    at.session_state["guests_add"] = {
        "edited_rows": {},
        "added_rows": [],
        "deleted_rows": [0, 1],
    }
    at.run()
    assert [m.value for m in at.markdown] == [
        "fixed: 3 rows",  # fixed, yet a row was added
        "dynamic: 2 rows",
        "add: 0 rows",  # add only, yet two rows were deleted
        "delete: 2 rows",
    ]


# --8<-- [end:test_the_server_does_not_enforce_disabled_or_num_rows]


# --8<-- [start:test_num_rows_sets_the_editing_mode]
def test_num_rows_sets_the_editing_mode(app):
    """data_editor: num_rows -> DataframeProto.EditingMode; with "dynamic" or
    "add" and hide_index=None, a range index is hidden."""
    at = app(f"{PAGE}/num_rows_modes.py").run()

    assert [e.editing_mode for e in at.data_editor] == [
        "fixed",
        "dynamic",
        "add",
        "delete",
    ]
    assert [column_config(e).get("_index") for e in at.data_editor] == [
        None,
        {"hidden": True},
        {"hidden": True},
        None,
    ]


# --8<-- [end:test_num_rows_sets_the_editing_mode]


# --8<-- [start:test_data_editor_returns_the_type_it_was_given]
@pytest.mark.parametrize(
    ("kind", "column", "returned"),
    [
        ("pandas DataFrame", "n", pd.DataFrame({"n": [9, 2]})),
        ("pandas Series", "n", pd.Series([9, 2], name="n")),
        ("dict of lists", "n", {"n": [9, 2]}),
        ("dict of values", "value", {"a": 9, "b": 2}),
        ("list of dicts", "n", [{"n": 9}, {"n": 2}]),
        ("list", "value", [9, 2]),
        ("tuple", "value", (9, 2)),
        ("set", "value", {9, 2}),
        ("1-D numpy array", "value", np.array([9, 2])),
        ("2-D numpy array", "0", np.array([[9, 5], [2, 6]])),
        ("pyarrow Table", "n", pa.table({"n": [9, 2]})),
    ],
)
def test_data_editor_returns_the_type_it_was_given(app, kind, column, returned):
    """data_editor: determine_data_format on the input, then
    convert_pandas_df_to_data_format back to that format after the edits."""
    at = app(f"{PAGE}/editor_input_types.py")
    at.session_state["kind"] = kind
    at.session_state["sample"] = {  # an edit of the first cell of `column`
        "edited_rows": {0: {column: 9}},
        "added_rows": [],
        "deleted_rows": [],
    }
    at.run()

    assert at.markdown[0].value == f"Returned: {type(returned).__name__}"
    assert at.text[0].value == repr(returned).strip()  # st.text drops leading spaces


# --8<-- [end:test_data_editor_returns_the_type_it_was_given]


# --8<-- [start:test_data_editor_returns_column_names_as_strings]
def test_data_editor_returns_column_names_as_strings(app):
    at = app(f"{PAGE}/column_names_become_strings.py").run()

    assert [m.value for m in at.markdown] == [
        "Columns in: [2023, 2024]",
        "Columns out: ['2023', '2024']",
    ]


# --8<-- [end:test_data_editor_returns_column_names_as_strings]
