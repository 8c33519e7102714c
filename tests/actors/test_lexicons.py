"""Every actor lexicon entry loads, has an id, and its example sentence resolves as it says."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from faits.actors import resolve_actors
from faits.actors.lexicon import FOLDER
from faits.actors.text import fold_phrase
from faits.lexicons import load_tsv, load_yaml
from tests.actors.conftest import make_parsed

TSV_FILES = {
    "countries.tsv": ("id", "name"),
    "country_aliases.tsv": ("country", "alias"),
    "demonyms.tsv": ("country", "forms"),
    "regional_demonyms.tsv": ("country", "forms"),
    "capitals.tsv": ("country", "name"),
    "seats_of_power.tsv": ("country", "name"),
    "organisations.tsv": ("code", "names"),
    "media.tsv": ("code", "names"),
    "armed_groups.tsv": ("code", "names"),
    "companies.tsv": ("code", "names"),
    "office_holders.tsv": ("country", "name"),
    "combining_forms.tsv": ("country", "forms"),
    "territories.tsv": ("country",),
}
ROLE_AGENTS = ("GOV", "COP", "MIL", "LEG")
YAML_FILES = (
    "roles.yaml",
    "portfolios.yaml",
    "function_words.yaml",
    "locatives.yaml",
    "pronouns.yaml",
    "derivation.yaml",
)


def rows(name):
    return load_tsv("fr", f"{FOLDER}/{name}")


def items(name):
    return load_yaml("fr", f"{FOLDER}/{name}")


@pytest.mark.parametrize("name", list(TSV_FILES) + list(YAML_FILES))
def test_every_entry_has_a_unique_id_and_an_example(name):
    entries = rows(name) if name.endswith(".tsv") else items(name)
    assert entries
    ids = Counter(e["id"] for e in entries)
    assert not [i for i, n in ids.items() if n > 1], f"{name}: duplicate ids"
    for entry in entries:
        assert entry["id"] and entry["example"], f"{name}#{entry['id']}"
        for key in TSV_FILES.get(name, ()):
            assert entry[key], f"{name}#{entry['id']} lacks {key}"


def test_office_holders_are_dated_and_many(actor_model):
    holders = rows("office_holders.tsv")
    assert len(holders) >= 1000
    for row in holders:
        start = date.fromisoformat(row["start"])
        if row["end"]:
            assert start <= date.fromisoformat(row["end"]), row["id"]
    countries = {row["country"] for row in holders}
    assert {"USA", "RUS", "CHN", "FRA", "GBR", "DEU", "JPN", "IND", "BRA", "PRK"} <= countries


def midpoint(row) -> str:
    start = date.fromisoformat(row["start"])
    end = date.fromisoformat(row["end"]) if row["end"] else date(2026, 1, 1)
    return date.fromordinal((start.toordinal() + max(end, start).toordinal()) // 2).isoformat()


def phrase_codes(model, surface: str) -> set[str]:
    """Codes of every entry sharing ``surface`` (a name used by two territories)."""
    words = fold_phrase(surface)
    for phrase in model.index.candidates(words[0]):
        if phrase.words == words:
            return {e.code for e in phrase.entries if e.code}
    return set()


def cases(model):
    """(file#id, example, published, check) for every entry."""
    for row in rows("countries.tsv"):
        yield "countries", row, None, {row["id"]} | phrase_codes(model, row["name"])
    names = {row["id"]: row["name"] for row in rows("countries.tsv")}
    for row in rows("territories.tsv"):
        # A dependent territory acts as its sovereign state ("le Groenland" -> DNK); two
        # territories share the name "Saint-Martin" (FRA and NLD).
        yield "territories", row, None, {row["country"]} | phrase_codes(model, names[row["id"]])
    for row in rows("country_aliases.tsv"):
        yield "aliases", row, None, {row["country"]} | phrase_codes(model, row["alias"])
    for row in rows("demonyms.tsv"):
        yield "demonyms", row, None, {row["country"]}
    for row in rows("regional_demonyms.tsv"):
        yield "regional_demonyms", row, None, {row["country"] + a for a in ROLE_AGENTS}
    for row in rows("capitals.tsv"):
        yield "capitals", row, None, {row["code"] or row["country"] + "GOV"}
    for row in rows("seats_of_power.tsv"):
        yield "seats", row, None, {row["country"] + row["agent"]}
    for name in ("organisations.tsv", "media.tsv", "armed_groups.tsv", "companies.tsv"):
        for row in rows(name):
            yield name, row, None, {row["code"]}
    for row in rows("office_holders.tsv"):
        yield "office_holders", row, midpoint(row), {row["country"] + row["agent"]}
    for name in ("roles.yaml", "portfolios.yaml", "pronouns.yaml", "function_words.yaml"):
        for item in items(name):
            yield name, item, None, {item["expect"]}


def test_every_example_resolves_to_its_entry(fr_parser, actor_model):
    all_cases = list(cases(actor_model))
    docs = fr_parser.pipe(c[1]["example"] for c in all_cases)
    failures = []
    for (name, entry, published, expected), doc in zip(all_cases, docs, strict=True):
        parsed = make_parsed_from_doc(doc, published)
        codes = {m.code for m in resolve_actors(parsed, actor_model).mentions}
        if not codes & expected:
            failures.append(
                f"{name}#{entry['id']}: {entry['example']!r} -> {codes}, expected {expected}"
            )
    assert not failures, "\n".join(failures[:40]) + f"\n({len(failures)} failures)"


def test_every_combining_form_example_qualifies_with_two_countries(fr_parser, actor_model):
    # "Les relations franco-allemandes" are French and German: one qualifier per part.
    failures = []
    for row in rows("combining_forms.tsv"):
        analysis = resolve_actors(make_parsed(fr_parser, row["example"], None), actor_model)
        countries = [q.country for q in analysis.qualifiers]
        if row["country"] not in countries or len(set(countries)) < 2:
            failures.append(f"{row['id']}: {row['example']!r} -> {countries}")
    assert not failures, "\n".join(failures)


def test_locative_examples_give_no_country_actor(fr_parser, actor_model):
    for item in items("locatives.yaml"):
        analysis = resolve_actors(make_parsed(fr_parser, item["example"], None), actor_model)
        assert not [m for m in analysis.mentions if m.kind == "country"], item["id"]


def make_parsed_from_doc(doc, published):
    from faits.nlp.document import ParsedArticle
    from faits.records import Article

    article = Article(
        article_id="x",
        url=None,
        title=None,
        site=None,
        published=published,
        published_source="input",
        language="fr",
        text=doc.text,
        status="coded",
    )
    return ParsedArticle.build(article, doc)
