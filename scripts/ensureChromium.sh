#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed for the browser test (test/browser.test.ts drives /usr/bin/chromium with
# playwright-core). Installs the `chromium` and `fonts-liberation` packages with apt-get when it is missing; it never
# downloads a browser of its own (no `playwright install`). Run by `npm test` (pretest) and so by .ci/run.
set -euo pipefail

chromium=/usr/bin/chromium
if [ -x "$chromium" ]; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensureChromium: $chromium is missing and apt-get is not available; install Chromium at $chromium" >&2
  exit 1
fi

if [ "$(id -u)" = 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "ensureChromium: $chromium is missing; run as root: apt-get update && apt-get install -y --no-install-recommends chromium fonts-liberation" >&2
  exit 1
fi

echo "ensureChromium: installing Debian's chromium and fonts-liberation (about 40 s)"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null
"$chromium" --version
