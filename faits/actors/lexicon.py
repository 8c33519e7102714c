"""Read a language's actor lexicons into entries and one phrase index.

Each file holds one concern (countries, aliases, territories' sovereigns, demonyms, capitals, seats of power,
organisations, media, armed groups, roles, portfolios, office holders); every entry keeps
the ``rule`` that cites it (``fr/actors/countries.tsv#PRK``). The index maps the first
folded word of every phrase to the phrases starting with it, longest first, so matching an
article costs one dictionary lookup per word.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

from faits.actors.text import fold, fold_phrase, is_acronym, is_capitalised, split_words
from faits.lexicons import LexiconError, load_tsv, load_yaml

FOLDER = "actors"

# Entry kinds, in the order the resolver prefers them when one phrase has several entries.
KIND_ORDER = (
    "person",
    "organisation",
    "media",
    "group",
    "seat",
    "country",
    "capital",
    "demonym",
    "role",
    "portfolio",
)


@dataclass(frozen=True)
class DatedCode:
    """A code valid from ``start`` to ``end`` (inclusive; ``None`` is open)."""

    code: str
    start: date | None = None
    end: date | None = None

    def covers(self, day: date | None) -> bool:
        if day is None:
            return True
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Entry:
    """One lexicon entry: what a phrase stands for and the rule that cites it.

    ``code`` is the full CAMEO code when the entry is an actor by itself (``RUSGOV`` for
    "Moscou", ``IGOUNO`` for "ONU"); roles and portfolios carry an ``agent`` or an
    ``office`` to be composed with a country found beside them.
    """

    id: str
    kind: str
    rule: str
    name: str
    code: str | None = None
    country: str | None = None
    agent: str | None = None
    person: bool = False
    needs_country: bool = False
    counterpart: bool = False
    # an envoy serves abroad: a dateline or an earlier subject does not say whose it is
    envoy: bool = False
    state: bool = False
    office: str | None = None
    office_countries: tuple[str, ...] = ()
    # the states a state noun can name ("l'émirat": Qatar, Kuwait, the Emirates)
    states: tuple[str, ...] = ()
    dated: tuple[DatedCode, ...] = ()

    def code_on(self, day: date | None) -> str | None:
        """The entry's code on ``day``: the first date-restricted code that covers it."""
        for dated in self.dated:
            if dated.covers(day):
                return dated.code
        return self.code


@dataclass(frozen=True)
class Phrase:
    """A folded word sequence and how the article's case must look for it to match.

    ``acronyms``: positions that must be in capitals in the text ("EAU", not "eau").
    ``capitals``: positions capitalised in the lexicon; at least one of them must be
    capitalised in the text ("la Chine" but not "la chine", "états-Unis" still matches).
    """

    words: tuple[str, ...]
    entries: tuple[Entry, ...]
    acronyms: tuple[int, ...] = ()
    capitals: tuple[int, ...] = ()

    def case_matches(self, originals: list[str], sentence_initial: bool = False) -> bool:
        """Whether the text's case fits; a sentence-initial capital proves nothing, so there
        another capitalised word must match ("Le monde entier" is not "Le Monde")."""
        for i in self.acronyms:
            if not is_acronym(originals[i]) and not originals[i].isupper():
                return False
        capitals = self.capitals
        if sentence_initial and len(capitals) > 1 and capitals[0] == 0:
            capitals = capitals[1:]
        return not capitals or any(is_capitalised(originals[i]) for i in capitals)


@dataclass
class PhraseIndex:
    """Phrases by first folded word, longest first."""

    by_first: dict[str, list[Phrase]] = field(default_factory=dict)
    by_pair: dict[tuple[str, str], list[Phrase]] = field(default_factory=dict)

    @classmethod
    def build(cls, items: Iterable[tuple[str, Entry, bool]]) -> PhraseIndex:
        """``items``: (surface phrase, entry, case_sensitive)."""
        grouped: dict[tuple[str, ...], list[Entry]] = defaultdict(list)
        cases: dict[tuple[str, ...], tuple[tuple[int, ...], tuple[int, ...]]] = {}
        for surface, entry, case_sensitive in items:
            originals = split_words(surface)
            words = tuple(fold(w) for w in originals)
            if not words:
                continue
            if entry not in grouped[words]:
                grouped[words].append(entry)
            if case_sensitive:
                acronyms = tuple(i for i, w in enumerate(originals) if is_acronym(w))
                capitals = tuple(
                    i
                    for i, w in enumerate(originals)
                    if is_capitalised(w) and i not in acronyms and len(w) > 1
                )
                # Several surfaces fold to the same words: the most permissive case wins.
                previous = cases.get(words)
                strictness = (len(acronyms), len(capitals))
                if previous is None or strictness < tuple(map(len, previous)):
                    cases[words] = (acronyms, capitals)
            else:
                cases[words] = ((), ())
        by_first: dict[str, list[Phrase]] = defaultdict(list)
        by_pair: dict[tuple[str, str], list[Phrase]] = defaultdict(list)
        for words, entries in grouped.items():
            entries.sort(key=lambda e: KIND_ORDER.index(e.kind))
            acronyms, capitals = cases[words]
            phrase = Phrase(words, tuple(entries), acronyms, capitals)
            by_first[words[0]].append(phrase)
            if len(words) > 1:
                by_pair[words[0], words[1]].append(phrase)
        for phrases in (*by_first.values(), *by_pair.values()):
            phrases.sort(key=lambda p: -len(p.words))
        return cls(dict(by_first), dict(by_pair))

    def candidates(self, first_word: str) -> list[Phrase]:
        """Every phrase starting with ``first_word``, longest first."""
        return self.by_first.get(first_word, [])

    def lookup(self, first: str, second: str | None) -> list[Phrase]:
        """Phrases that can start with these two words, longest first: the ones of two words
        or more starting with both, then the one-word phrase."""
        longer = self.by_pair.get((first, second), []) if second is not None else []
        single = [p for p in self.by_first.get(first, ())[-1:] if len(p.words) == 1]
        return longer + single


def _rule(language: str, filename: str, entry_id: str) -> str:
    return f"{language}/{FOLDER}/{filename}#{entry_id}"


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


def _require(row: dict, keys: Iterable[str], where: str) -> None:
    for key in keys:
        if not row.get(key):
            raise LexiconError(f"{where}: entry {row.get('id')!r} lacks {key!r}")


def country_names(language: str) -> dict[str, str]:
    """ISO alpha-3 code -> the language's short country name (for ``name`` fields)."""
    rows = load_tsv(language, f"{FOLDER}/countries.tsv")
    return {row["id"]: row["name"] for row in rows}


def sovereigns(language: str) -> dict[str, str]:
    """Dependent territory code -> the state its actors are coded by ("GRL" -> "DNK"):
    ``countries.tsv`` comes from the CLDR, which lists territories as countries, but CAMEO
    and PLOVER code Greenland's government as Denmark's and New Caledonia's as France's."""
    table = {}
    for row in load_tsv(language, f"{FOLDER}/territories.tsv"):
        _require(row, ("id", "country", "example"), "territories.tsv")
        table[row["id"]] = row["country"]
    return table


def read_countries(language: str) -> Iterator[tuple[str, Entry, bool]]:
    names = country_names(language)
    sovereign = sovereigns(language)
    for row in load_tsv(language, f"{FOLDER}/countries.tsv"):
        _require(row, ("id", "name", "example"), "countries.tsv")
        code = sovereign.get(row["id"], row["id"])
        entry = Entry(
            row["id"],
            "country",
            _rule(language, "countries.tsv", row["id"]),
            names[row["id"]],
            code=code,
            country=code,
        )
        for surface in _split(row["variants"]) or [row["name"]]:
            yield surface, entry, True
    for row in load_tsv(language, f"{FOLDER}/country_aliases.tsv"):
        _require(row, ("id", "country", "alias", "example"), "country_aliases.tsv")
        code = sovereign.get(row["country"], row["country"])
        entry = Entry(
            row["id"],
            "country",
            _rule(language, "country_aliases.tsv", row["id"]),
            names.get(row["country"], row["alias"]),
            code=code,
            country=code,
        )
        yield row["alias"], entry, True


DEMONYM_FILES = ("demonyms.tsv", "regional_demonyms.tsv")


def _country_forms(language: str, filename: str) -> Iterator[tuple[str, Entry]]:
    """(form, entry) of a table of words naming a country's people or things (id, country,
    forms, example): demonyms and the combining forms of compound adjectives."""
    names = country_names(language)
    for row in load_tsv(language, f"{FOLDER}/{filename}"):
        _require(row, ("id", "country", "forms", "example"), filename)
        entry = Entry(
            row["id"],
            "demonym",
            _rule(language, filename, row["id"]),
            names.get(row["country"], row["country"]),
            code=row["country"],
            country=row["country"],
        )
        for form in _split(row["forms"]):
            yield form, entry


def read_demonyms(language: str) -> Iterator[tuple[str, Entry, bool]]:
    for filename in DEMONYM_FILES:
        for form, entry in _country_forms(language, filename):
            yield form, entry, False


def read_combining_forms(language: str) -> dict[str, Entry]:
    """Folded combining form -> its country ("franco" -> FRA): the first parts of a compound
    country adjective ("franco-allemand", "américano-sud-coréennes"), which the lexicon of
    whole words cannot list (every pair of countries would be a phrase)."""
    return {fold(form): entry for form, entry in _country_forms(language, "combining_forms.tsv")}


def read_capitals(language: str) -> Iterator[tuple[str, Entry, bool]]:
    names = country_names(language)
    for row in load_tsv(language, f"{FOLDER}/capitals.tsv"):
        _require(row, ("id", "country", "name", "example"), "capitals.tsv")
        code = row.get("code") or f"{row['country']}GOV"
        entry = Entry(
            row["id"],
            "capital",
            _rule(language, "capitals.tsv", row["id"]),
            names.get(row["country"], row["name"]),
            code=code,
            country=row["country"],
            agent=code[3:] or None,
        )
        yield row["name"], entry, True
    for row in load_tsv(language, f"{FOLDER}/seats_of_power.tsv"):
        _require(row, ("id", "country", "name", "agent", "example"), "seats_of_power.tsv")
        entry = Entry(
            row["id"],
            "seat",
            _rule(language, "seats_of_power.tsv", row["id"]),
            row["name"],
            code=row["country"] + row["agent"],
            country=row["country"],
            agent=row["agent"],
        )
        yield row["name"], entry, True


ORGANISATION_FILES = {
    "organisations.tsv": "organisation",
    "media.tsv": "media",
    "armed_groups.tsv": "group",
    "companies.tsv": "organisation",
}


def read_organisations(language: str) -> Iterator[tuple[str, Entry, bool]]:
    for filename, kind in ORGANISATION_FILES.items():
        for row in load_tsv(language, f"{FOLDER}/{filename}"):
            _require(row, ("id", "names", "code", "example"), filename)
            names = _split(row["names"])
            country = row.get("country") or None
            code = row["code"]
            entry = Entry(
                row["id"],
                kind,
                _rule(language, filename, row["id"]),
                names[0],
                code=code,
                country=country,
                agent=code[3:6] if country and len(code) > 3 else None,
            )
            for surface in names:
                yield surface, entry, True


def read_roles(language: str) -> Iterator[tuple[str, Entry, bool]]:
    for item in load_yaml(language, f"{FOLDER}/roles.yaml"):
        state = bool(item.get("state"))
        needed = ("id", "words") if state else ("id", "words", "agent")
        _require(item, (*needed, "example", "expect"), "roles.yaml")
        entry = Entry(
            item["id"],
            "role",
            _rule(language, "roles.yaml", item["id"]),
            item["words"][0],
            agent=None if state else item["agent"],
            state=state,
            person=bool(item.get("person")),
            needs_country=bool(item.get("needs_country")),
            counterpart=bool(item.get("counterpart")),
            envoy=bool(item.get("envoy")),
            office=item.get("office"),
            office_countries=tuple(item.get("office_countries", ())),
            states=tuple(item.get("states", ())),
        )
        for word in item["words"]:
            yield word, entry, any(is_capitalised(w) for w in split_words(word))
    for item in load_yaml(language, f"{FOLDER}/portfolios.yaml"):
        _require(item, ("id", "words", "example", "expect"), "portfolios.yaml")
        entry = Entry(
            item["id"],
            "portfolio",
            _rule(language, "portfolios.yaml", item["id"]),
            item["words"][0],
            office=item.get("office"),
        )
        for word in item["words"]:
            yield word, entry, False


def word_set(language: str, filename: str) -> dict[str, frozenset[str]]:
    """A YAML list of ``{id, words}`` groups as folded word sets by id."""
    groups = {}
    for item in load_yaml(language, f"{FOLDER}/{filename}"):
        _require(item, ("id", "words", "example"), filename)
        groups[item["id"]] = frozenset(" ".join(fold_phrase(w)) for w in item["words"])
    return groups


def pronoun_numbers(language: str) -> dict[str, tuple[str, str]]:
    """Folded pronoun -> (entry id, number)."""
    table = {}
    for item in load_yaml(language, f"{FOLDER}/pronouns.yaml"):
        _require(item, ("id", "words", "number", "example", "expect"), "pronouns.yaml")
        for word in item["words"]:
            table[fold(word)] = (item["id"], item["number"])
    return table
