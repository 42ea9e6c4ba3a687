"""The version matrix: every claim test on several Streamlit releases.

`python scripts/matrix.py` (or `bash scripts/matrix.sh`) gives each release its
own uv venv in `.matrix/<release>/` with requirements.txt's pins, Streamlit's
swapped, runs the claim tests there (`tests/<chapter>/`, without the browser
ones) with `scripts/matrix_plugin.py`, and rewrites `data/matrix.json`. The site
builds the versions page and the per-claim notes from that file
(`scripts/mkdocs_hooks.py`), and the default check fails when a claim test is
missing from it.
"""

import ast
import datetime
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "data/matrix.json"
COMMAND = "bash scripts/matrix.sh"
# The pin and five older releases, six minors apart, back to 1.37 (the first with
# st.fragment, and the releases the 2024 docs were written for); the last patch of
# each minor.
OLDER = ["1.37.1", "1.43.2", "1.49.1", "1.55.0", "1.61.1"]


def streamlit_pin(requirements=REPO / "requirements.txt"):
    """The release in `streamlit==X` of requirements.txt."""
    found = re.search(r"^streamlit==(\S+)", requirements.read_text(), re.M)
    if not found:
        raise ValueError(f"no streamlit==<version> line in {requirements}")
    return found.group(1)


def releases():
    return [*OLDER, streamlit_pin()]


# The marks that say a test proves a box on its page: the 2024 docs were wrong.
CHANGE_MARKS = {"changed_since_2024": "Changed", "correction_2024": "Correction"}


def _tests():
    """(claim, the names of its pytest marks) of each claim test, in file order."""
    for path in sorted(REPO.glob("tests/*/test_*.py")):
        for node in ast.parse(path.read_text()).body:
            if isinstance(node, ast.FunctionDef) and node.name.startswith("test_"):
                marks = {
                    d.attr if isinstance(d, ast.Attribute) else d.func.attr
                    for d in node.decorator_list
                    if "pytest.mark." in ast.unparse(d)
                }
                yield f"{path.relative_to(REPO)}::{node.name}", marks


def claims():
    """{`tests/<chapter>/test_<page>.py::test_<name>`: is it a browser claim}."""
    return {name: "browser" in marks for name, marks in _tests()}


def changes():
    """{claim: {"Changed", "Correction"} or one of them} of the tests marked as
    proving a box on their page."""
    found = {}
    for name, marks in _tests():
        kinds = {CHANGE_MARKS[mark] for mark in marks & CHANGE_MARKS.keys()}
        if kinds:
            found[name] = kinds
    return found


def venv(release):
    """.matrix/<release>/bin/python, with requirements.txt on that release."""
    home = REPO / ".matrix" / release
    wanted = re.sub(
        r"^streamlit==\S+",
        f"streamlit=={release}",
        (REPO / "requirements.txt").read_text(),
        flags=re.M,
    )
    stamp = home / "requirements.txt"  # written once the install has worked
    python = home / "bin/python"
    if not (python.exists() and stamp.exists() and stamp.read_text() == wanted):
        subprocess.run(
            ["uv", "venv", "-q", "--python", sys.executable, home], check=True
        )
        trying = home / "installing.txt"
        trying.write_text(wanted)
        subprocess.run(
            ["uv", "pip", "install", "-q", "--python", python, "-r", trying],
            check=True,
        )
        trying.rename(stamp)
    return python


def run(release, found):
    """{claim: [outcome, reason]} of the non-browser claim tests on one release;
    `found`: claims()."""
    python = venv(release)
    out = REPO / ".matrix" / f"{release}.json"
    out.unlink(missing_ok=True)
    subprocess.run(
        [python, "-m", "pytest", *sorted({c.split("::")[0] for c in found})]
        + ["-m", "not browser", "-p", "matrix_plugin", f"--matrix-out={out}"]
        + ["-n", "2", "-q", "-p", "no:cacheprovider", "--no-header", "--tb=no"],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO / "scripts")},
        stdout=(REPO / ".matrix" / f"{release}.log").open("w"),
        stderr=subprocess.STDOUT,
    )
    if not out.exists():
        sys.exit(f"pytest on {release} wrote no results: see .matrix/{release}.log")
    got = json.loads(out.read_text())
    outcomes = {}
    for name in found:
        module = name.split("::")[0] + "::*"
        outcomes[name] = (
            got.get(name)
            or got.get(module)
            or [
                "cannot run",
                "no result: the test process reported nothing for it",
            ]
        )
    return outcomes


def main():
    wanted = releases()
    data = {
        "command": COMMAND,
        "date": datetime.date.today().isoformat(),
        "releases": wanted,
        "browser claims": "the default check proves them on the pin only",
        "seconds": {},
        "claims": {},
    }
    found = claims()
    for name, browser in found.items():
        data["claims"][name] = {"browser": browser, "outcomes": {}}
    for release in wanted:
        start = time.monotonic()
        outcomes = run(release, found)
        data["seconds"][release] = round(time.monotonic() - start, 1)
        for name, browser in found.items():
            if not browser:
                data["claims"][name]["outcomes"][release] = outcomes[name]
        print(release, data["seconds"][release], "s", file=sys.stderr)
    DATA.parent.mkdir(exist_ok=True)
    DATA.write_text(json.dumps(data, indent=1) + "\n")


if __name__ == "__main__":
    main()
