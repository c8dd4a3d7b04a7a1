#!/usr/bin/env bash
# Makes sure Debian's Firefox ESR, WebKitGTK's WebDriver (with its MiniBrowser) and Xvfb are present for the
# cross-engine tests (tests/engines): installs them when running as root. The browsers come from the distribution,
# never from a download at test time.
set -euo pipefail
FIREFOX="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
WEBKIT_DRIVER="${WEBKIT_DRIVER_PATH:-/usr/bin/WebKitWebDriver}"
# MiniBrowser comes with libwebkit2gtk-4.1-0, a dependency of webkit2gtk-driver.
MINIBROWSER="${MINIBROWSER_PATH:-/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser}"
present() { [ -x "$FIREFOX" ] && [ -x "$WEBKIT_DRIVER" ] && [ -x "$MINIBROWSER" ] && command -v Xvfb >/dev/null 2>&1; }
if present; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "firefox-esr, webkit2gtk-driver or xvfb missing: installing them with apt-get (a few minutes)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq firefox-esr webkit2gtk-driver xvfb fonts-dejavu-core >/dev/null
  present && exit 0
fi
echo "The cross-engine tests need Debian's firefox-esr, webkit2gtk-driver and xvfb: run 'sudo apt-get update && sudo apt-get install -y firefox-esr webkit2gtk-driver xvfb' (or set FIREFOX_PATH / WEBKIT_DRIVER_PATH)." >&2
exit 1
