"""A pytest plugin for scripts/matrix.py: each claim test's outcome on one release.

`pytest -p matrix_plugin --matrix-out=FILE` writes {claim: [outcome, reason]},
a claim being `tests/<chapter>/test_<page>.py::test_<name>` (parametrized cases
folded into one). The outcome is read from the failure itself:

- "cannot run": the test module or a fixture could not be set up, or the failure
  (or an exception a snippet raised under AppTest) is an ImportError, an
  AttributeError, or a TypeError about an unexpected or missing argument: the
  release lacks an API.
- "does not hold": anything else that failed, above all the test's own assertion.
- "holds": every case passed.
"""

import json
from pathlib import Path

import pytest

HOLDS, FAILS, CANNOT = "holds", "does not hold", "cannot run"
WORST = [FAILS, CANNOT, HOLDS]  # a claim takes the worst outcome of its cases
MISSING_API = (ImportError, AttributeError)
MISSING_API_NAMES = {"ImportError", "ModuleNotFoundError", "AttributeError"}

results = {}  # claim -> (outcome, reason)


def pytest_addoption(parser):
    parser.addoption("--matrix-out", help="where to write the claims' outcomes")


def claim(nodeid):
    """tests/a/test_b.py::test_c[param] -> tests/a/test_b.py::test_c"""
    return nodeid.split("[")[0]


def one_line(text, limit=160):
    line = next((ln.strip() for ln in str(text).splitlines() if ln.strip()), "")
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _about_arguments(message):
    """A signature the release lacks, not "bad argument type" and the like."""
    return any(
        words in message
        for words in ("unexpected keyword argument", "positional argument")
    )


def lacks_api(error):
    """Is this exception, or one it came from, a sign of a missing API?"""
    while error is not None:
        if isinstance(error, MISSING_API):
            return True
        if isinstance(error, TypeError) and _about_arguments(str(error)):
            return True
        error = error.__cause__ or error.__context__
    return False


def script_errors(item):
    """(type, message) of each exception the test's snippets raised under AppTest."""
    return [
        (e.proto.type, e.proto.message)
        for _, at in getattr(item, "apptests", [])
        for e in at.exception
    ]


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call" or report.failed:
        outcome, reason = HOLDS, ""
        if report.failed:
            error = call.excinfo.value if call.excinfo else None
            lacks = lacks_api(error)
            scripts = [
                f"{kind}: {message}"
                for kind, message in script_errors(item)
                if kind in MISSING_API_NAMES
                or (kind == "TypeError" and _about_arguments(message))
            ]
            reason = f"{type(error).__name__}: {one_line(error)}" if error else ""
            if report.when == "setup" or lacks or scripts:
                outcome = CANNOT
                if scripts and not lacks:  # the snippet's error says what is lacking
                    reason = scripts[0]
            else:
                outcome = FAILS
            reason = one_line(reason)
        report.user_properties.append(("matrix", (outcome, reason)))
    return report


def pytest_runtest_logreport(report):
    for key, value in report.user_properties:
        if key == "matrix":
            record(claim(report.nodeid), *value)


def pytest_collectreport(report):
    """A test module that cannot be imported: every claim in it cannot run."""
    if report.failed:
        reason = one_line(str(report.longrepr).strip().splitlines()[-1])
        record(f"{report.nodeid}::*", CANNOT, reason)


def record(name, outcome, reason):
    old = results.get(name)
    if old is None or WORST.index(outcome) < WORST.index(old[0]):
        results[name] = (outcome, reason)


def pytest_sessionfinish(session):
    out = session.config.getoption("--matrix-out")
    if out and not hasattr(session.config, "workerinput"):  # the controller writes
        Path(out).write_text(json.dumps(results, indent=1, sort_keys=True) + "\n")
