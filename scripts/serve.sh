#!/usr/bin/env bash
# Set up, then serve the site with live reload on http://127.0.0.1:8000
source "$(dirname "$0")/setup.sh"
setup_python
exec .venv/bin/mkdocs serve --dev-addr 127.0.0.1:8000 "$@"
