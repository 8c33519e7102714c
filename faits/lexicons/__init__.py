"""Language data: one folder per language, one concern per file, every entry with an id.

The engine never names a language: it asks this module for ``(language, name)`` and gets
the parsed YAML or TSV. A language is available for coding when its folder holds a
``language.yaml`` naming its spaCy model.
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path
from typing import Any

import yaml

LEXICON_ROOT = Path(__file__).parent


class LexiconError(ValueError):
    """A lexicon file is missing or malformed; the message names the file and the entry."""


def lexicon_path(language: str, name: str) -> Path:
    return LEXICON_ROOT / language / name


def available_languages() -> list[str]:
    """Languages faits can code: those whose folder has a ``language.yaml``."""
    return sorted(p.parent.name for p in LEXICON_ROOT.glob("*/language.yaml"))


@cache
def load_yaml(language: str, name: str) -> Any:
    """Parsed YAML file ``lexicons/<language>/<name>`` (cached: lexicons are read-only)."""
    path = lexicon_path(language, name)
    if not path.exists():
        raise LexiconError(f"{path}: lexicon file not found")
    with path.open(encoding="utf-8") as handle:
        try:
            return yaml.safe_load(handle)
        except yaml.YAMLError as exc:
            raise LexiconError(f"{path}: invalid YAML ({exc})") from exc


@cache
def load_tsv(language: str, name: str) -> tuple[dict[str, str], ...]:
    """Rows of a tab-separated lexicon with a header line; ``#`` lines are comments."""
    path = lexicon_path(language, name)
    if not path.exists():
        raise LexiconError(f"{path}: lexicon file not found")
    with path.open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return tuple(dict(row) for row in csv.DictReader(lines, delimiter="\t"))


def language_settings(language: str) -> dict[str, Any]:
    """The ``language.yaml`` of a language: its spaCy model and engine settings."""
    return load_yaml(language, "language.yaml")
