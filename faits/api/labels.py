"""CAMEO labels in every language the ontology tables carry, for the interface's switch.

The tables in ``faits/ontology`` hold ``label_<language>`` columns (codes in English, roots
in French too). A code without a label in some language borrows its nearest parent's, so
a French interface shows at least the root's French name.
"""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources
from typing import Any


def _table(name: str) -> list[dict[str, str]]:
    text = resources.files("faits.ontology").joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines(), delimiter="\t"))


def _labels(row: dict[str, str]) -> dict[str, str]:
    return {k.removeprefix("label_"): v for k, v in row.items() if k.startswith("label_") and v}


@cache
def ontology_labels() -> dict[str, Any]:
    """``{"cameo": {code: {lang: label}}, "roots": {root: {...}}, "languages": [...]}``."""
    codes = {row["code"]: _labels(row) for row in _table("cameo.tsv")}
    roots: dict[str, dict[str, Any]] = {}
    for row in _table("roots.tsv"):
        labels = {**codes.get(row["root"], {}), **_labels(row)}
        roots[row["root"]] = {"quad_class": int(row["quad_class"]), "labels": labels}
        codes[row["root"]] = labels
    languages = sorted({lang for labels in codes.values() for lang in labels})
    return {
        "languages": languages,
        "roots": roots,
        "cameo": {code: cameo_labels(code, codes) for code in sorted(codes)},
    }


def cameo_labels(code: str, codes: dict[str, dict[str, str]] | None = None) -> dict[str, str]:
    """The label of ``code`` in each language, from the nearest code (itself or a parent) that has one."""
    table = codes if codes is not None else {c: v for c, v in ontology_labels()["cameo"].items()}
    labels: dict[str, str] = {}
    probe = code
    while probe:
        for lang, label in table.get(probe, {}).items():
            labels.setdefault(lang, label)
        probe = probe[:-1]
    return labels
