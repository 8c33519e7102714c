"""Our CAMEO tables: labels, Goldstein scores, quad classes and the CAMEO → PLOVER map.

The tables are plain TSV files next to this module, written for faits and checked against
the reference ontology by ``tests/events/test_ontology.py``. They are language-neutral:
labels in other languages live in the same row as extra columns.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from faits.records import Plover

HERE = Path(__file__).parent


def _rows(name: str) -> list[dict[str, str]]:
    with (HERE / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO event code with everything an event record needs from the ontology."""

    code: str
    root: str
    label: str
    goldstein: float
    quad_class: int
    plover: Plover


@dataclass(frozen=True)
class Ontology:
    """All CAMEO codes by code; ``get`` falls back to the nearest listed parent code."""

    codes: dict[str, CameoCode]
    root_labels: dict[str, dict[str, str]]

    def get(self, code: str) -> CameoCode:
        probe = code
        while probe and probe not in self.codes:
            probe = probe[:-1]
        if not probe:
            raise KeyError(f"unknown CAMEO code {code!r}")
        return self.codes[probe]

    def __contains__(self, code: object) -> bool:
        return code in self.codes


def _plover_for(code: str, plover_rows: dict[str, dict[str, str]]) -> Plover:
    probe = code
    while probe and probe not in plover_rows:
        probe = probe[:-1]
    row = plover_rows.get(probe)
    if row is None:
        return Plover(type="")
    context = [c for c in row["context"].split(";") if c]
    return Plover(type=row["type"], mode=row["mode"] or None, context=context)


@cache
def load_ontology() -> Ontology:
    """Read the three tables once per process."""
    roots = {row["root"]: row for row in _rows("roots.tsv")}
    plover_rows = {row["code"]: row for row in _rows("plover.tsv")}
    codes: dict[str, CameoCode] = {}
    for row in _rows("cameo.tsv"):
        code = row["code"]
        root = code[:2]
        codes[code] = CameoCode(
            code=code,
            root=root,
            label=row["label_en"],
            goldstein=float(row["goldstein"]),
            quad_class=int(roots[root]["quad_class"]),
            plover=_plover_for(code, plover_rows),
        )
    labels = {
        root: {k: v for k, v in row.items() if k.startswith("label_")}
        for root, row in roots.items()
    }
    return Ontology(codes, labels)
