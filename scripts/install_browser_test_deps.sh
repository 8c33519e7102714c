#!/usr/bin/env bash
# Install what the browser tests (tests/api/test_browser.py) need: Debian's Chromium and
# Playwright for Python. Playwright drives the system browser through executable_path; it
# never downloads a browser of its own (no `playwright install`).
set -euo pipefail

cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-.venv/bin/python}"

if ! command -v chromium >/dev/null 2>&1; then
    if [ "$(id -u)" = "0" ]; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium
    else
        echo "chromium is missing and this is not root: run 'sudo apt-get install chromium'" >&2
        exit 1
    fi
fi
"$PYTHON" -m pip install -q "playwright>=1.45" "schemathesis>=3.30"
echo "browser test dependencies: $(chromium --version 2>/dev/null || echo chromium), playwright $("$PYTHON" -c 'import importlib.metadata as m; print(m.version("playwright"))')"
