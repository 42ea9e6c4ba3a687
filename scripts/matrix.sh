#!/usr/bin/env bash
# The version matrix: the claim tests on six Streamlit releases, each in its own
# uv venv under .matrix/; rewrites data/matrix.json. See scripts/matrix.py.
source "$(dirname "$0")/setup.sh"
setup_python
exec .venv/bin/python scripts/matrix.py "$@"
