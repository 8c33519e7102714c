"""Print the composition of a gold event file as Markdown tables.

The counts pasted into ``data/gold/README.md`` come from this script, so that the README
can be regenerated whenever records are added or corrected:

    .venv/bin/python scripts/gold_stats.py data/gold/events_dev.jsonl

A record counts once for a root if it has at least one event under that root; events are
also counted one by one. CAMEO root labels are read from ``../shared/ontology/cameo`` when
that folder is present next to the repository.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CAMEO_CODES = REPO.parent / "shared" / "ontology" / "cameo" / "CAMEO.eventcodes.txt"
DEFAULT_GOLD = REPO / "data" / "gold" / "events_dev.jsonl"
MODALITIES = ("negated", "hypothetical", "future")


def root_labels(path: Path) -> dict[str, str]:
    """Two-digit CAMEO code -> label, or an empty mapping when the table is absent."""
    if not path.exists():
        return {}
    labels = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines()[1:]:
        code, _, label = line.partition("\t")
        if len(code) == 2:
            labels[code] = label.strip().capitalize()
    return labels


def read_records(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def tables(records: list[dict], labels: dict[str, str]) -> str:
    """The Markdown text: totals, then one table per root, tag and modality."""
    root_records: Counter[str] = Counter()
    root_events: Counter[str] = Counter()
    tags: Counter[str] = Counter()
    modality: Counter[str] = Counter()
    events = 0
    for record in records:
        tags.update(record.get("tags", []))
        roots = set()
        for event in record.get("events", []):
            events += 1
            root = event["cameo"][:2]
            roots.add(root)
            root_events[root] += 1
            flags = event.get("modality", {})
            modality.update(name for name in MODALITIES if flags.get(name))
        root_records.update(roots)

    lines = [
        f"{len(records)} records, {events} events, "
        f"{sum(1 for r in records if not r.get('events'))} records without any event.",
        "",
        "| root | label | records | events |",
        "| --- | --- | ---: | ---: |",
    ]
    for root in sorted(set(root_records) | set(labels)):
        lines.append(
            f"| {root} | {labels.get(root, '')} | {root_records[root]} | {root_events[root]} |"
        )
    lines += ["", "| tag | records |", "| --- | ---: |"]
    lines += [f"| {tag} | {count} |" for tag, count in sorted(tags.items())]
    lines += ["", "| modality flag | events |", "| --- | ---: |"]
    lines += [f"| {name} | {modality[name]} |" for name in MODALITIES]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_GOLD)
    args = parser.parse_args()
    print(tables(read_records(args.path), root_labels(CAMEO_CODES)))


if __name__ == "__main__":
    main()
