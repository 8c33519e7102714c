#!/usr/bin/env bash
# Set up, then code the bundled sample articles (and the shared seed articles, when the
# reference folder ../shared is there) into faits.duckdb and print a summary.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
DB="${FAITS_DB:-faits.duckdb}"
INPUTS=(samples/)
SEEDS=../shared/samples/seeds/seeds.jsonl
if [ -f "$SEEDS" ]; then
  INPUTS+=("$SEEDS")
fi
.venv/bin/faits ingest "${INPUTS[@]}" --db "$DB"
.venv/bin/faits stats --db "$DB"
echo "Next: .venv/bin/faits serve --db $DB   (then open http://127.0.0.1:8000/)"
