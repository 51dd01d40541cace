#!/usr/bin/env bash
# Installs what the tests need from the system: Debian's Chromium for the end-to-end tests
# (Playwright drives it; it never downloads a browser of its own) and poppler-utils, whose
# pdftotext reads the exported PDFs back. Safe to run again.
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$chromium" ] || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "The tests need: ${missing[*]} (Chromium at $chromium, or set CHROMIUM_PATH; pdftotext from poppler)." >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "Installing ${missing[*]} for the tests…"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
