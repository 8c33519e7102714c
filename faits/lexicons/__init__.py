"""Language data: one folder per language, one concern per file, every entry with an id.

The engine never names a language: it asks this module for ``(language, name)`` and gets
the parsed YAML or TSV. A language is available for coding when its folder holds a
``language.yaml`` naming its spaCy model.

``$FAITS_LEXICONS`` names another folder of the same layout to read instead of the bundled
one: a lexicon being edited, or a test's modified copy. Every cache here is keyed by the
folder, so switching it never serves a file read from the other.
"""

from __future__ import annotations

import csv
import os
from functools import cache
from pathlib import Path
from typing import Any

import yaml

LEXICON_ROOT = Path(__file__).parent
ROOT_VARIABLE = "FAITS_LEXICONS"
# libyaml's parser with PyYAML's safe constructors: the same values, about 7x faster to read
# (the event files alone took over a second per process with the pure-Python parser).
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LexiconError(ValueError):
    """A lexicon file is missing or malformed; the message names the file and the entry."""


def lexicon_root() -> Path:
    """The folder lexicons are read from: ``$FAITS_LEXICONS`` if set, else the bundled one."""
    override = os.environ.get(ROOT_VARIABLE)
    return Path(override) if override else LEXICON_ROOT


def lexicon_path(language: str, name: str) -> Path:
    return lexicon_root() / language / name


def available_languages() -> list[str]:
    """Languages faits can code: those whose folder has a ``language.yaml``."""
    return list(_languages_in(lexicon_root()))


@cache
def _languages_in(root: Path) -> tuple[str, ...]:
    # Asked once per article by language identification: list the folder once per root.
    return tuple(sorted(p.parent.name for p in root.glob("*/language.yaml")))


def load_yaml(language: str, name: str) -> Any:
    """Parsed YAML file ``<lexicon root>/<language>/<name>`` (cached: lexicons are read-only)."""
    return _load_yaml(lexicon_path(language, name))


def load_tsv(language: str, name: str) -> tuple[dict[str, str], ...]:
    """Rows of a tab-separated lexicon with a header line; ``#`` lines are comments."""
    return _load_tsv(lexicon_path(language, name))


@cache
def _load_yaml(path: Path) -> Any:
    if not path.exists():
        raise LexiconError(f"{path}: lexicon file not found")
    with path.open(encoding="utf-8") as handle:
        try:
            return yaml.load(handle, Loader=_LOADER)
        except yaml.YAMLError as exc:
            raise LexiconError(f"{path}: invalid YAML ({exc})") from exc


@cache
def _load_tsv(path: Path) -> tuple[dict[str, str], ...]:
    if not path.exists():
        raise LexiconError(f"{path}: lexicon file not found")
    with path.open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return tuple(dict(row) for row in csv.DictReader(lines, delimiter="\t"))


def language_settings(language: str) -> dict[str, Any]:
    """The ``language.yaml`` of a language: its spaCy model and engine settings."""
    return load_yaml(language, "language.yaml")
