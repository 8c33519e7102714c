#!/usr/bin/env bash
# Set up, then code the bundled sample articles into faits.duckdb and print a summary.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
DB="${FAITS_DB:-faits.duckdb}"
.venv/bin/faits ingest samples/ --db "$DB"
.venv/bin/faits stats --db "$DB"
