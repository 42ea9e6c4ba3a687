# Set-up shared by serve.sh and check.sh: source it, then call what you need.
# Safe to repeat: each step is skipped when it is already done.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

setup_python() {
  [ -x .venv/bin/python ] || python3 -m venv .venv
  local want
  want=$(sha256sum requirements.txt | cut -d' ' -f1)
  if [ "$(cat .venv/.requirements.sha256 2>/dev/null)" != "$want" ]; then
    .venv/bin/pip install --disable-pip-version-check -q -r requirements.txt
    echo "$want" >.venv/.requirements.sha256
  fi
}

# Browser tests drive Debian's Chromium; Playwright cannot download its own here.
setup_chromium() {
  command -v chromium >/dev/null && return
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
}
