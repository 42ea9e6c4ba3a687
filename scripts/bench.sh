#!/usr/bin/env bash
# Set up, then measure: the cost of one AppTest and one browser claim
# (pytest-benchmark), and the whole check split by kind with a projection.
# Extra arguments go to the whole check's pytest.
source "$(dirname "$0")/setup.sh"
setup_all
.venv/bin/python -m pytest tests/test_harness_benchmark.py -p no:xdist -q \
  --benchmark-enable --benchmark-only --benchmark-columns=min,median,max,rounds
exec .venv/bin/python scripts/bench_check.py "$@"
