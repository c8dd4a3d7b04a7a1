#!/usr/bin/env bash
# Makes sure Debian's chromium is present for the browser tests: installs it when running as root.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "chromium not found at $CHROMIUM: installing Debian's chromium with apt-get (about a minute)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
  [ -x "$CHROMIUM" ] && exit 0
fi
echo "Browser tests need Debian's chromium: run 'sudo apt-get update && sudo apt-get install -y chromium' (or set CHROMIUM_PATH)." >&2
exit 1
