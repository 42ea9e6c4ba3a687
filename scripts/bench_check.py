"""Time the whole check and split it: set-up, AppTest claims, browser claims, site.

Run by `bash scripts/bench.sh`. It times the no-op set-up, runs the check's own
pytest command once with a JUnit report, sorts every test into a kind by where
it lives and its `browser` marker, and projects the check at five times today's
claims and pages. Extra arguments go to pytest.
"""

import statistics
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PYTEST = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider"]
CHECK = [*PYTEST, "-n", "auto", "--cov", "--cov-report=", "-q"]  # as check.sh
GROWTH = 5


def seconds(command, **kwargs):
    start = time.perf_counter()
    subprocess.run(command, cwd=REPO, check=True, **kwargs)
    return time.perf_counter() - start


def kind(test_id, browser_ids):
    """'apptest' or 'browser' for a claim under tests/<chapter>/, else 'site'."""
    if test_id.count("/") < 2:
        return "site"  # tests/test_*.py: integrity, site, playground, harness
    return "browser" if test_id in browser_ids else "apptest"


def main(args):
    setup = [
        seconds(["bash", "-c", "source scripts/setup.sh && setup_all"])
        for _ in range(5)
    ]
    collected = subprocess.run(
        [*PYTEST, "--collect-only", "-q", "-m", "browser", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
    ).stdout
    browser_ids = {line for line in collected.splitlines() if "::" in line}

    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "junit.xml"
        wall = seconds([*CHECK, f"--junitxml={report}", *args])
        cases = ET.parse(report).getroot().iter("testcase")
        times = {}  # kind -> the duration of each of its tests
        for case in cases:
            # classname "tests.app-design.test_buttons": tests/app-design/...py
            module = case.get("classname").replace(".", "/") + ".py"
            test_id = f"{module}::{case.get('name')}"
            times.setdefault(kind(test_id, browser_ids), []).append(
                float(case.get("time"))
            )

    workers = int(subprocess.check_output(["nproc"]).strip())
    busy = sum(map(sum, times.values())) / workers  # test time per worker
    fixed = max(wall - busy, 0.0)  # start-up, collection, coverage combine
    print(f"set-up with nothing to do: median {statistics.median(setup):.2f} s")
    print(f"whole check (pytest -n {workers}): {wall:.1f} s wall")
    print(f"  fixed cost (start-up, coverage): {fixed:.1f} s")
    projected = statistics.median(setup) + fixed
    for name in ("apptest", "browser", "site"):
        durations = times.get(name, [0.0])
        share = sum(durations) / workers
        projected += GROWTH * share
        print(
            f"  {name:8} {len(durations):4} tests, {share:6.1f} s of the wall, "
            f"median {statistics.median(durations):.2f} s, "
            f"mean {statistics.mean(durations):.2f} s each"
        )
    print(f"projected at {GROWTH}x today's tests: {projected:.0f} s wall")


if __name__ == "__main__":
    main(sys.argv[1:])
