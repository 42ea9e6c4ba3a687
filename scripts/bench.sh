#!/usr/bin/env bash
# Set up, then measure: every `test_benchmark_*` with pytest-benchmark (an AppTest,
# a browser claim, a cached call, ...), and the whole check split by kind with a
# projection.
# Extra arguments go to the whole check's pytest.
source "$(dirname "$0")/setup.sh"
setup_all
.venv/bin/python -m pytest tests -p no:xdist -q \
  --benchmark-enable --benchmark-only --benchmark-columns=min,median,max,rounds
exec .venv/bin/python scripts/bench_check.py "$@"
