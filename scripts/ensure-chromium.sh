#!/usr/bin/env bash
# Makes sure Debian's chromium is present for the browser tests: installs it when running as root.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
# pdftotext (poppler-utils) reads the printed handout's PDF in the print tests; soffice (libreoffice-impress) opens the
# slide decks in the slides test.
ready() { [ -x "$CHROMIUM" ] && command -v pdftotext >/dev/null 2>&1 && command -v soffice >/dev/null 2>&1; }
if ready; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "chromium, pdftotext or soffice missing: installing Debian's chromium, poppler-utils and libreoffice-impress with apt-get (a few minutes)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq chromium fonts-dejavu-core poppler-utils libreoffice-impress >/dev/null
  ready && exit 0
fi
echo "Browser tests need Debian's chromium, poppler-utils and libreoffice-impress: run 'sudo apt-get update && sudo apt-get install -y chromium poppler-utils libreoffice-impress' (or set CHROMIUM_PATH)." >&2
exit 1
