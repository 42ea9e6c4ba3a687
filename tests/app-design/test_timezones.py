"""Claims of docs/app-design/timezones.md.

Where a datetime is shown is up to the frontend, and the reader's timezone comes
from the browser, so the display claims run in Chromium with a browser timezone
(Playwright's timezone_id) that differs from the server's (TZ=UTC).
"""

import datetime as dt

import pytest
from conftest import BROWSER_WAIT_MS, shown
from playwright.sync_api import expect

PAGE = "app-design/timezones"


# --8<-- [start:tab_in]
@pytest.fixture
def tab_in(browser):
    """`tab_in("Asia/Tokyo")`: a fresh tab whose browser runs in that timezone."""
    contexts = []

    def open_tab(zone):
        contexts.append(browser.new_context(timezone_id=zone))
        return contexts[-1].new_page()

    yield open_tab
    for context in contexts:
        context.close()


# --8<-- [end:tab_in]


# --8<-- [start:test_datetimes_are_shown_as_given_in_every_browser_timezone]
@pytest.mark.browser
def test_datetimes_are_shown_as_given_in_every_browser_timezone(
    serve, tab_in, monkeypatch
):
    """elements/write.py sends a datetime as the text of str(value); st.table
    sends the Arrow column with its timezone. The frontend converts neither."""
    monkeypatch.setenv("TZ", "UTC")  # the server's timezone
    url = serve(f"{PAGE}/shown_as_given.py")
    for zone in ["Asia/Tokyo", "America/New_York"]:
        tab = tab_in(zone)
        tab.goto(url)
        shown_text = tab.get_by_test_id("stMarkdownContainer")  # table cells too
        expect(shown_text).to_have_text(
            [
                *("2020-01-10 10:30:00", "2020-01-10 10:30:00-05:00"),  # st.write
                *("naive", "aware"),  # st.table's header
                *("2020-01-10 10:30:00", "2020-01-10 10:30:00-05:00"),  # its row
            ],
            timeout=BROWSER_WAIT_MS,
        )


# --8<-- [end:test_datetimes_are_shown_as_given_in_every_browser_timezone]


# --8<-- [start:test_st_context_timezone_is_the_browsers]
@pytest.mark.browser
@pytest.mark.changed_since_2024
def test_st_context_timezone_is_the_browsers(serve, tab_in, monkeypatch):
    """runtime/context.py ContextProxy.timezone / timezone_offset read the
    context_info the browser sends with each rerun request
    (Intl...timeZone and Date.getTimezoneOffset(), in minutes)."""
    monkeypatch.setenv("TZ", "UTC")
    tab = tab_in("Asia/Tokyo")
    tab.goto(serve(f"{PAGE}/reader_timezone.py"))
    expect(
        tab.get_by_text("Your timezone: Asia/Tokyo, offset: -540 minutes")
    ).to_be_visible(timeout=BROWSER_WAIT_MS)  # on the first run already
    expect(
        tab.get_by_text("Departs at 2020-01-11 00:30:00+09:00 your time")
    ).to_be_visible()


# --8<-- [end:test_st_context_timezone_is_the_browsers]


# --8<-- [start:test_apptest_has_no_browser_timezone]
def test_apptest_has_no_browser_timezone(app):
    """AppTest sends no context_info, so both fields are None."""
    at = app(f"{PAGE}/reader_timezone.py").run()
    assert shown(at) == ["Your timezone: None, offset: None minutes"]


# --8<-- [end:test_apptest_has_no_browser_timezone]


# --8<-- [start:test_datetime_input_drops_the_timezone]
def test_datetime_input_drops_the_timezone(app):
    """time_widgets._normalize_datetime_value: value.replace(tzinfo=None), the
    same wall-clock time, not converted to the server's or the reader's zone."""
    at = app(f"{PAGE}/datetime_input_drops_the_timezone.py").run()
    assert at.markdown[0].value == (
        f"datetime_input: {dt.datetime(2020, 1, 10, 10, 30)!r}"
    )


# --8<-- [end:test_datetime_input_drops_the_timezone]


# --8<-- [start:test_the_legacy_serialization_option_is_gone]
@pytest.mark.correction_2024
def test_the_legacy_serialization_option_is_gone():
    """config.py defines no global.dataFrameSerialization: Arrow is the only way."""
    from streamlit import config

    assert "global.dataFrameSerialization" not in config.get_config_options()


# --8<-- [end:test_the_legacy_serialization_option_is_gone]
