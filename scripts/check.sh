#!/usr/bin/env bash
# Set up, then run every check: the site build, lint, every claim, and coverage.
# Extra arguments go to pytest, e.g. `bash scripts/check.sh -k fragments`.
source "$(dirname "$0")/setup.sh"
setup_all
exec .venv/bin/python -m pytest -n auto --cov --cov-report=term-missing:skip-covered "$@"
