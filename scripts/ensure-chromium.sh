#!/usr/bin/env bash
# Makes sure Debian's chromium is present for the browser tests: installs it when running as root.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
# pdftotext (poppler-utils) reads the printed handout's PDF in the print tests.
if [ -x "$CHROMIUM" ] && command -v pdftotext >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "chromium or pdftotext missing: installing Debian's chromium and poppler-utils with apt-get (about a minute)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq chromium fonts-dejavu-core poppler-utils >/dev/null
  [ -x "$CHROMIUM" ] && command -v pdftotext >/dev/null 2>&1 && exit 0
fi
echo "Browser tests need Debian's chromium and poppler-utils: run 'sudo apt-get update && sudo apt-get install -y chromium poppler-utils' (or set CHROMIUM_PATH)." >&2
exit 1
