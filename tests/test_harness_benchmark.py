"""What one AppTest run costs, with and without the harness.

Measured by `bash scripts/bench.sh`; in the normal suite each runs once, untimed.
"""

from conftest import SNIPPETS
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
