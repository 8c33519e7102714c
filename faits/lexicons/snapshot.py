"""What a coding was made with, and which stored articles a later change of it can alter.

A snapshot holds one content hash per lexicon file of a language, one per entry of the files
whose entries act only through their own trigger words (the event root files), and one for
the engine (faits' sources, ontology tables, version and spaCy's version). ``faits recode``
compares the snapshot stored with the records against the current one: nothing changed, and
nothing needs recoding; only such entries changed, and only the articles meeting one of their
old or new requirements (the words an article must hold for the entry to fire at all) can code
differently; anything else changed, and every article must be recoded. Keys of entries are
``<file>#<entry id>``; other keys name a file or the engine.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from faits.lexicons import lexicon_path, load_yaml

ENGINE = "engine"
# A trigger that fires on any word: its entry can alter any article.
WILDCARD = "*"
# A requirement: groups of words separated by tabs, an article must hold a word of each.
GROUP_SEPARATOR = "\t"
PACKAGE = Path(__file__).resolve().parents[1]
# Packages that never touch how a stored parse is coded (reading and cleaning inputs, the
# command line, the web API, Spark, evaluation): editing them needs no recode.
OUTSIDE_CODING = ("api", "cli", "eval", "ingest", "spark")
# Reasons list at most this many changed keys; the rest are counted.
SHOWN = 3


@dataclass(frozen=True)
class Entry:
    """One hashed item; ``requirements`` only for entries: one per pattern, the groups of words
    (tab-separated, alternatives joined by ``|``) an article must hold one word of each of for
    that pattern to fire. Meeting none of them, an article cannot be altered by the entry."""

    hash: str
    requirements: frozenset[str] = frozenset()


@dataclass(frozen=True)
class LexiconSnapshot:
    language: str
    entries: Mapping[str, Entry] = field(default_factory=dict)

    @cached_property
    def id(self) -> str:
        """One hash of every item: equal ids, equal inputs."""
        digest = hashlib.sha1(self.language.encode("utf-8"))
        for key in sorted(self.entries):
            digest.update(f"\n{key}\t{self.entries[key].hash}".encode())
        return digest.hexdigest()[:20]


def _sha1(data: bytes) -> str:
    return hashlib.sha1(data).hexdigest()[:20]


@cache
def engine_hash() -> str:
    """faits' own sources and tables that code a parse (not its lexicons, not the packages of
    ``OUTSIDE_CODING``) and the versions that shape coding.

    Hashing the sources, not only the version number, means an edited stage is never taken
    for the one that produced the stored records (a development checkout changes often).
    """
    import spacy

    from faits import __version__

    digest = hashlib.sha1(f"{__version__}|{spacy.__version__}".encode())
    lexicons = PACKAGE / "lexicons"
    for path in sorted(PACKAGE.rglob("*")):
        if path.suffix not in (".py", ".tsv") or not path.is_file():
            continue
        if path.parent != lexicons and lexicons in path.parents:
            continue
        if path.relative_to(PACKAGE).parts[0] in OUTSIDE_CODING:
            continue
        digest.update(str(path.relative_to(PACKAGE)).encode("utf-8"))
        digest.update(path.read_bytes())
    return digest.hexdigest()[:20]


def _entry_hash(position: int, entry: Any) -> str:
    """An entry's content and its place in the file (patterns of one trigger keep file order)."""
    text = json.dumps([position, entry], sort_keys=True, ensure_ascii=False, default=str)
    return _sha1(text.encode("utf-8"))


def take_snapshot(
    language: str, entry_files: Iterable[str], requirements: Mapping[str, Iterable[str]]
) -> LexiconSnapshot:
    """Hash every file of ``language``'s lexicon folder; ``entry_files`` entry by entry.

    ``requirements`` maps an entry key (``events/04.yaml#rencontrer``) to its requirements.
    """
    itemised = set(entry_files)
    folder = lexicon_path(language, "")
    entries: dict[str, Entry] = {ENGINE: Entry(engine_hash())}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        name = path.relative_to(folder).as_posix()
        if "__pycache__" in name:
            continue
        if name not in itemised:
            entries[name] = Entry(_sha1(path.read_bytes()))
            continue
        for position, entry in enumerate(load_yaml(language, name) or []):
            key = f"{name}#{entry.get('id', position) if isinstance(entry, dict) else position}"
            needs = frozenset(requirements.get(key, ()))
            entries[key] = Entry(_entry_hash(position, entry), needs)
    return LexiconSnapshot(language, entries)


@dataclass(frozen=True)
class Change:
    """What changed between the snapshot records were coded with and the current one."""

    everything: bool
    requirements: frozenset[str]
    changed: tuple[str, ...]
    reason: str


def _listed(keys: list[str]) -> str:
    shown = ", ".join(keys[:SHOWN])
    return shown + (f" and {len(keys) - SHOWN} more" if len(keys) > SHOWN else "")


def compare(stored: Mapping[str, Entry] | None, current: LexiconSnapshot) -> Change:
    """The articles a move from ``stored`` to ``current`` can alter: all, or those meeting one
    of the returned requirements (none when nothing that codes changed)."""
    if not stored:
        return Change(True, frozenset(), (), "no record of the lexicons it was coded with")
    now = current.entries
    changed = sorted(
        key
        for key in set(stored) | set(now)
        if key not in stored or key not in now or stored[key].hash != now[key].hash
    )
    if not changed:
        return Change(False, frozenset(), (), "lexicons unchanged")
    if ENGINE in changed:
        return Change(True, frozenset(), tuple(changed), "the engine changed")
    files = [key for key in changed if "#" not in key]
    if files:
        return Change(True, frozenset(), tuple(changed), f"lexicon files changed: {_listed(files)}")
    needs: set[str] = set()
    for key in changed:
        for side in (stored.get(key), now.get(key)):
            if side is not None:
                needs |= side.requirements
    if any(need.split(GROUP_SEPARATOR)[0] == WILDCARD for need in needs):
        return Change(
            True,
            frozenset(),
            tuple(changed),
            f"entries without a trigger word changed: {_listed(changed)}",
        )
    return Change(False, frozenset(needs), tuple(changed), f"entries changed: {_listed(changed)}")
