#!/usr/bin/env bash
# Set up with the development tools, then run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
FAITS_EXTRAS="${FAITS_EXTRAS:-[dev,spark]}" bash scripts/setup.sh
.venv/bin/python -m pytest "$@"
