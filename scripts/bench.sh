#!/usr/bin/env bash
# Set up, then time one AppTest run with and without the harness (pytest-benchmark).
source "$(dirname "$0")/setup.sh"
setup_python
exec .venv/bin/python -m pytest tests/test_harness_benchmark.py -p no:xdist \
  --benchmark-enable --benchmark-only --benchmark-columns=min,median,mean,rounds "$@"
