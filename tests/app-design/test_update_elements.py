"""Claims of docs/app-design/update-elements.md.

AppTest reads the element tree after a run, so it sees the last thing each slot
held. The one claim about what the page keeps that depends on the frontend (a
shorter container in an `st.empty`) is also checked in Chromium.
"""

import pytest
from conftest import BROWSER_WAIT_MS
from playwright.sync_api import expect
from streamlit.delta_generator import DeltaGenerator
from streamlit.errors import StreamlitAPIException

PAGE = "app-design/update-elements"


def drawn(node):
    """(type, value) of every element under `node`, depth first, blocks left out."""
    if hasattr(node, "children"):
        return [pair for child in node.children.values() for pair in drawn(child)]
    return [(node.type, getattr(node, "value", None))]


# --8<-- [start:test_empty_keeps_only_the_last_element]
def test_empty_keeps_only_the_last_element(app):
    """DeltaGenerator.empty: an st.empty is a locked cursor on one delta
    position, so each write there replaces the element before it;
    EmptyMixin.empty sends an `empty` element to that position."""
    at = app(f"{PAGE}/empty_holds_one_element.py").run()

    assert drawn(at.main) == [
        ("success", "Installed"),  # no "Downloading..." etc. left
        ("empty", None),  # the cleared notice
        ("markdown", "Ready"),
    ]


# --8<-- [end:test_empty_keeps_only_the_last_element]


# --8<-- [start:test_container_keeps_every_element]
def test_container_keeps_every_element(app):
    """LayoutsMixin.container: a block whose cursor moves on after each write."""
    at = app(f"{PAGE}/container_appends.py").run()

    assert drawn(at.main) == [
        ("markdown", "Downloading finished"),
        ("markdown", "Unpacking finished"),
        ("markdown", "Installing finished"),
        ("markdown", "Ready"),
    ]


# --8<-- [end:test_container_keeps_every_element]


# --8<-- [start:test_container_in_empty_is_replaced_as_a_whole]
def test_container_in_empty_is_replaced_as_a_whole(app):
    at = app(f"{PAGE}/several_elements_in_one_slot.py").run()

    assert len(at.main.children) == 1  # one slot, one container in it
    assert drawn(at.main) == [("subheader", "Round 3"), ("markdown", "Leader: Linus")]


# --8<-- [end:test_container_in_empty_is_replaced_as_a_whole]


# --8<-- [start:test_shorter_container_keeps_the_old_tail_in_apptest]
def test_shorter_container_keeps_the_old_tail_in_apptest(app):
    """A new block at the same delta path keeps the old block's children that
    the new one does not overwrite (element_tree.parse_tree_from_messages)."""
    at = app(f"{PAGE}/shorter_container_leaves_leftovers.py").run()

    assert drawn(at.main) == [
        ("markdown", "Carol: 5"),
        ("markdown", "Bob: 2"),  # left over from the first container
        ("markdown", "Finn: 7"),
        ("empty", None),  # "Eve: 4" replaced by the padding st.empty()
        ("markdown", "End of run"),
    ]


# --8<-- [end:test_shorter_container_keeps_the_old_tail_in_apptest]


# --8<-- [start:test_shorter_container_keeps_the_old_tail_in_the_browser]
@pytest.mark.browser
def test_shorter_container_keeps_the_old_tail_in_the_browser(serve, page):
    """The frontend reuses a replaced block's children, and clears only nodes of
    an earlier run when the run ends; these were drawn in this run."""
    url = serve(f"{PAGE}/shorter_container_leaves_leftovers.py")
    page.goto(url)
    app_root = page.get_by_test_id("stApp")
    expect(page.get_by_text("End of run")).to_be_visible(timeout=BROWSER_WAIT_MS)
    # The run is over, so what is on the page now is what stays there.
    expect(app_root).to_have_attribute("data-test-script-state", "notRunning")

    lines = page.get_by_test_id("stMarkdownContainer")
    expect(lines).to_have_text(["Carol: 5", "Bob: 2", "Finn: 7", "End of run"])


# --8<-- [end:test_shorter_container_keeps_the_old_tail_in_the_browser]


# --8<-- [start:test_progress_bar_is_updated_in_place]
def test_progress_bar_is_updated_in_place(app):
    """ProgressMixin.progress: a float in [0.0, 1.0] is stored as 0-100; the
    returned DeltaGenerator's .progress() replaces the same element."""
    at = app(f"{PAGE}/progress_bar_updated_in_place.py").run()

    assert [(bar.value, bar.text) for bar in at.progress] == [(100, "Copied d.csv")]
    assert [node.type for node in at.main.children.values()] == ["progress", "empty"]


# --8<-- [end:test_progress_bar_is_updated_in_place]


# --8<-- [start:test_progress_reads_an_int_as_percent_and_a_float_as_a_fraction]
def test_progress_reads_an_int_as_percent_and_a_float_as_a_fraction(app):
    """progress._get_value: an int is kept (0-100), a float (0.0-1.0) becomes
    int(value * 100), which cuts off the rest."""
    at = app(f"{PAGE}/progress_int_or_float.py").run()
    assert [bar.value for bar in at.progress] == [1, 100, 99]


# --8<-- [end:test_progress_reads_an_int_as_percent_and_a_float_as_a_fraction]


# --8<-- [start:test_status_update_changes_label_state_and_expanded]
def test_status_update_changes_label_state_and_expanded(app):
    """StatusContainer.update rewrites the block's Expandable proto;
    StatusContainer.__exit__ sets "complete" if the state is still "running"."""
    at = app(f"{PAGE}/status_updated.py").run()
    job, check = at.status

    assert (job.label, job.state, job.proto.expanded) == (
        "Reports fetched",
        "complete",
        False,
    )
    assert drawn(job) == [
        ("markdown", "Asked the server"),
        ("markdown", "Received 3 reports"),
    ]
    assert (check.label, check.state, check.proto.expanded) == (
        "Checking links",
        "complete",  # set on leaving the `with` block
        False,  # the default
    )


# --8<-- [end:test_status_update_changes_label_state_and_expanded]


# --8<-- [start:test_status_turns_error_when_its_block_raises]
def test_status_turns_error_when_its_block_raises(app, raised):
    """StatusContainer.__exit__ with an exception: state "error", and the
    exception is not swallowed (it returns False)."""
    at = app(f"{PAGE}/status_error_on_exception.py").run()

    assert raised(at) == [ValueError]
    assert [node.type for node in at.main.children.values()] == ["status", "exception"]
    assert at.status[0].state == "error"
    assert at.status[0].label == "Parsing the upload"


# --8<-- [end:test_status_turns_error_when_its_block_raises]


# --8<-- [start:test_toast_is_updated_in_place]
def test_toast_is_updated_in_place(app):
    """ToastMixin.toast returns the DeltaGenerator of its event-container slot."""
    at = app(f"{PAGE}/toast_updated_in_place.py").run()

    assert [toast.value for toast in at.toast] == ["Draft saved"]


# --8<-- [end:test_toast_is_updated_in_place]


# --8<-- [start:test_add_rows_no_longer_exists]
@pytest.mark.changed_since_2024
def test_add_rows_no_longer_exists(app, raised):
    """No class in DeltaGenerator's MRO defines add_rows, so the name goes to
    DeltaGenerator.__getattr__ (_raise_for_unknown_command), whose wrapper
    raises StreamlitAPIException when called. Every element command
    (st.dataframe, st.table, st.line_chart, ...) returns a DeltaGenerator."""
    assert not any("add_rows" in vars(cls) for cls in DeltaGenerator.__mro__)

    at = app(f"{PAGE}/add_rows_removed.py").run()
    assert raised(at) == [StreamlitAPIException]
    assert len(at.dataframe[0].value) == 2  # the frame as first drawn
    assert not at.markdown  # "Rows added" never ran


# --8<-- [end:test_add_rows_no_longer_exists]


# --8<-- [start:test_frame_redrawn_in_empty_shows_every_row_once]
def test_frame_redrawn_in_empty_shows_every_row_once(app):
    at = app(f"{PAGE}/replace_frame_in_empty.py").run()

    assert [node.type for node in at.main.children.values()] == [
        "dataframe",
        "vega_lite_chart",
    ]
    assert at.dataframe[0].value["temperature"].tolist() == [
        20.5,
        21.0,
        21.4,
        21.9,
        22.3,
    ]


# --8<-- [end:test_frame_redrawn_in_empty_shows_every_row_once]
