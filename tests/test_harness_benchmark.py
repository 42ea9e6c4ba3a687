"""What one AppTest run and one browser claim cost.

Measured by `bash scripts/bench.sh`; in the normal suite each runs once, untimed.
"""

import pytest
from conftest import BROWSER_WAIT_MS, SNIPPETS
from playwright.sync_api import expect
from streamlit.testing.v1 import AppTest

EXAMPLE = "app-design/custom-classes/class_redefined_on_rerun.py"


def run_and_click(at):
    at.run()
    at.button[0].click().run()
    assert at.markdown[0].value == "Still a Ticket? `False`"


def test_benchmark_new_apptest_with_harness(benchmark, app):
    benchmark(lambda: run_and_click(app(EXAMPLE)))


def test_benchmark_new_apptest_without_harness(benchmark):
    benchmark(lambda: run_and_click(AppTest.from_file(SNIPPETS / EXAMPLE)))


def test_benchmark_rerun_of_one_apptest(benchmark, app):
    at = app(EXAMPLE).run()
    benchmark(lambda: at.button[0].click().run())


@pytest.mark.browser
def test_benchmark_one_browser_claim(benchmark, serve, browser):
    """A browser claim as the tests make one: a server, a fresh tab, one click."""

    def claim():
        url = serve("../tests/benchmark_app.py")
        context = browser.new_context()
        page = context.new_page()
        page.goto(url)
        expect(page.get_by_text("Clicks: 0")).to_be_visible(timeout=BROWSER_WAIT_MS)
        page.get_by_role("button", name="Click").click()
        expect(page.get_by_text("Clicks: 1")).to_be_visible(timeout=BROWSER_WAIT_MS)
        context.close()

    benchmark(claim)
