#!/usr/bin/env bash
# Installs what the tests need from the system: Debian's Chromium for the end-to-end tests
# (Playwright drives it; it never downloads a browser of its own). Safe to run again.
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium" ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "The end-to-end tests need Chromium at $chromium (or set CHROMIUM_PATH to a Chromium or Chrome binary)." >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "Installing Chromium for the end-to-end tests…"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
