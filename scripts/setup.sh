# Set-up shared by serve.sh and check.sh: source it, then call what you need.
# Safe to repeat: each step is skipped when it is already done.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# uv builds the venv and installs requirements.txt, reinstalling only when the
# file's hash changes. uv itself comes from PyPI on first use.
setup_python() {
  local want
  want=$(sha256sum requirements.txt | cut -d' ' -f1)
  [ "$(cat .venv/.requirements.sha256 2>/dev/null)" = "$want" ] && return
  command -v uv >/dev/null || python3 -m pip install -q --disable-pip-version-check uv
  [ -x .venv/bin/python ] || uv venv -q --python python3 .venv
  # Compiled now: every server and worker imports Streamlit, and this machine may
  # set PYTHONDONTWRITEBYTECODE, so Python would compile it again in each one.
  uv pip install -q --python .venv/bin/python --exact --compile-bytecode \
    -r requirements.txt
  echo "$want" >.venv/.requirements.sha256
}

# Browser tests drive Debian's Chromium; Playwright cannot download its own here.
setup_chromium() {
  command -v chromium >/dev/null && return
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    chromium fonts-liberation >/dev/null
}

# Both at once: apt downloads while uv installs.
setup_all() {
  setup_chromium &
  local apt=$!
  setup_python
  wait "$apt"
}
