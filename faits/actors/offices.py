"""Dated office holders: who held which office of which country when.

The article's publication date picks the office: Mike Pompeo is CIA director in 2017 and
Secretary of State in 2019. ``holder`` answers the reverse question for role phrases
("le président américain" in 2018 is Donald Trump).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from faits.actors.lexicon import FOLDER, Entry
from faits.actors.text import fold_phrase
from faits.lexicons import LexiconError, load_tsv

FILENAME = "office_holders.tsv"


@dataclass(frozen=True)
class Office:
    """One person–office row of the lexicon."""

    id: str
    name: str
    country: str
    office: str
    agent: str
    start: date | None
    end: date | None
    rule: str

    @property
    def code(self) -> str:
        return self.country + self.agent

    def covers(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


def _date(value: str | None, where: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise LexiconError(f"{where}: bad date {value!r}") from exc


@dataclass(frozen=True)
class OfficeHolders:
    """Rows indexed by folded name, by surname and by (country, office)."""

    by_name: dict[tuple[str, ...], tuple[Office, ...]] = field(default_factory=dict)
    by_surname: dict[str, tuple[Office, ...]] = field(default_factory=dict)
    by_office: dict[tuple[str, str], tuple[Office, ...]] = field(default_factory=dict)
    surfaces: tuple[tuple[str, Entry], ...] = ()

    @classmethod
    def load(cls, language: str) -> OfficeHolders:
        by_name: dict[tuple[str, ...], list[Office]] = defaultdict(list)
        by_surname: dict[str, list[Office]] = defaultdict(list)
        by_office: dict[tuple[str, str], list[Office]] = defaultdict(list)
        surfaces: dict[str, Entry] = {}
        for row in load_tsv(language, f"{FOLDER}/{FILENAME}"):
            where = f"{FILENAME} entry {row.get('id')!r}"
            for key in ("id", "name", "country", "office", "agent", "start", "example"):
                if not row.get(key):
                    raise LexiconError(f"{where}: lacks {key!r}")
            office = Office(
                row["id"],
                row["name"],
                row["country"],
                row["office"],
                row["agent"],
                _date(row["start"], where),
                _date(row.get("end"), where),
                f"{language}/{FOLDER}/{FILENAME}#{row['id']}",
            )
            names = [row["name"], *[a for a in (row.get("aliases") or "").split("|") if a]]
            for name in names:
                words = fold_phrase(name)
                by_name[words].append(office)
                surfaces.setdefault(
                    name,
                    Entry(row["id"], "person", office.rule, row["name"], country=row["country"]),
                )
            by_surname[fold_phrase(row["name"])[-1]].append(office)
            by_office[(row["country"], row["office"])].append(office)
        return cls(
            {k: tuple(v) for k, v in by_name.items()},
            {k: tuple(v) for k, v in by_surname.items()},
            {k: tuple(v) for k, v in by_office.items()},
            tuple(surfaces.items()),
        )

    def for_name(self, words: tuple[str, ...], day: date | None) -> Office | None:
        """The office a named person holds on ``day`` (their latest one without a date)."""
        return self._pick(self.by_name.get(words, ()), day)

    def for_surname(self, surname: str, day: date | None) -> Office | None:
        """Only when exactly one person with that surname is in office on ``day``."""
        rows = self.by_surname.get(surname, ())
        if day is not None:
            rows = tuple(r for r in rows if r.covers(day))
        if len({r.name for r in rows}) != 1:
            return None
        return self._pick(rows, day)

    def holder(self, country: str, office: str, day: date | None) -> Office | None:
        """Who held ``office`` in ``country`` on ``day`` (nobody is guessed without a date)."""
        if day is None:
            return None
        for row in self.by_office.get((country, office), ()):
            if row.covers(day):
                return row
        return None

    @staticmethod
    def _pick(rows: tuple[Office, ...], day: date | None) -> Office | None:
        if not rows:
            return None
        if day is not None:
            for row in rows:
                if row.covers(day):
                    return row
        return max(rows, key=lambda r: r.start or date.min)
