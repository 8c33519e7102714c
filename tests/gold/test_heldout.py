"""The held-out French test sets are well formed and independent of the development sets.

``data/gold/heldout/`` measures faits on text nobody tuned the coders on. These checks keep
it usable as a test set: the event file follows the same rules as the development set
(``docs/annotation.md``: codes, actor codes, flags agreeing with tags, coverage per root and
per hard case), the quote articles carry well-formed spans and speakers, and no record
shares its text, or any run of eight words, with ``events_dev.jsonl`` or ``quotes_dev.jsonl``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from faits.eval.jsonl import read_gold

# The record-level checks of the development set, run here on the held-out fixtures.
from .test_events_dev import (  # noqa: F401 - collected by pytest in this module too
    ACTOR_PATTERN,
    CAMEO_CODES,
    COUNTRIES,
    FREQUENT_ROOTS,
    MODALITY_TAG,
    ORGANISATION_PREFIXES,
    backticked,
    guide_section,
    test_cameo_codes_exist,
    test_event_fields_and_triggers,
    test_record_fields,
)

REPO = Path(__file__).resolve().parents[2]
HELDOUT = REPO / "data" / "gold" / "heldout"
EVENTS = HELDOUT / "events_test.jsonl"
QUOTES = HELDOUT / "quotes_test.jsonl"
DEV_FILES = (
    REPO / "data" / "gold" / "events_dev.jsonl",
    REPO / "data" / "gold" / "quotes_dev.jsonl",
)

MIN_RECORDS = 200
MIN_PER_ROOT = 6
MIN_PER_FREQUENT_ROOT = 12
MIN_PER_TAG = {
    "negation": 10,
    "conditional": 10,
    "future": 10,
    "reported_speech": 15,
    "coordination": 10,
    "passive": 10,
    "pronoun": 8,
    "relative_clause": 8,
    "nominal": 10,
    "light_verb": 10,
    "no_event": 25,
}
MIN_ARTICLES = 12
QUOTE_KINDS = {"direct", "indirect", "mixed"}
SHARED_WORDS = 8
EVENT_ID = re.compile(r"test-\d{4}")
QUOTE_ID = re.compile(r"qtest-\d{3}")


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def word_runs(text: str, size: int = SHARED_WORDS) -> set[tuple[str, ...]]:
    """Every run of ``size`` consecutive words, lower-cased: the unit of shared text."""
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def opening_mark(text: str, quote: dict) -> str:
    """The character just before a quote, spaces aside: its opening quotation mark if direct."""
    return text[: quote["start"]].rstrip()[-1:]


def actor_code_problem(code: str, organisations: set[str], roles: set[str], countries: set[str]):
    """Why ``code`` breaks the actor-code rules of the guide, or None when it follows them."""
    if code.startswith(ORGANISATION_PREFIXES):
        return None if code in organisations else "organisation not in the guide"
    match = ACTOR_PATTERN.fullmatch(code)
    if not match or match["country"] not in countries:
        return "unknown country"
    found = {match["roles"][i : i + 3] for i in range(0, len(match["roles"]), 3)}
    return None if found <= roles else "unknown role"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return read_jsonl(EVENTS)


@pytest.fixture(scope="module")
def articles() -> list[dict]:
    return read_jsonl(QUOTES)


@pytest.fixture(scope="module")
def events(records) -> list[tuple[dict, dict]]:
    return [(record, event) for record in records for event in record["events"]]


@pytest.fixture(scope="module")
def cameo_codes() -> set[str]:
    lines = CAMEO_CODES.read_text(encoding="utf-8", errors="replace").splitlines()[1:]
    return {line.split("\t")[0] for line in lines if line.strip()}


@pytest.fixture(scope="module")
def actor_tables() -> tuple[set[str], set[str], set[str]]:
    lines = COUNTRIES.read_text(encoding="utf-8").splitlines()[1:]
    countries = {line.split(",")[2] for line in lines if line.strip()}
    organisations = backticked(guide_section("Organisations"), "[A-Z]{6,12}")
    roles = backticked(guide_section("Roles"), "[A-Z]{3}")
    return organisations, roles, countries


def test_both_files_read_with_the_eval_reader(records, articles):
    assert len(read_gold(EVENTS)) == len(records)
    assert len(read_gold(QUOTES)) == len(articles)


def test_enough_records_with_unique_ids_and_texts(records, articles):
    assert len(records) >= MIN_RECORDS
    assert len(articles) >= MIN_ARTICLES
    for items, pattern in ((records, EVENT_ID), (articles, QUOTE_ID)):
        ids = [item["id"] for item in items]
        assert all(pattern.fullmatch(item_id) for item_id in ids)
        assert len(set(ids)) == len(ids)
        texts = [item["text"] for item in items]
        assert len(set(texts)) == len(texts)


def test_event_actor_codes_follow_the_guide(events, actor_tables):
    problems = []
    for record, event in events:
        assert event["source"] is not None, record["id"]
        for code in filter(None, (event["source"], event["target"], event.get("attribution"))):
            problem = actor_code_problem(code, *actor_tables)
            if problem:
                problems.append((record["id"], code, problem))
    assert not problems


def test_no_duplicate_events_in_a_record(records):
    for record in records:
        keys = [(e["cameo"], e["source"], e["target"]) for e in record["events"]]
        assert len(set(keys)) == len(keys), record["id"]


def test_every_root_is_covered(records):
    per_root = Counter(root for r in records for root in {e["cameo"][:2] for e in r["events"]})
    for root in (f"{n:02d}" for n in range(1, 21)):
        minimum = MIN_PER_FREQUENT_ROOT if root in FREQUENT_ROOTS else MIN_PER_ROOT
        assert per_root[root] >= minimum, (root, per_root[root])


def test_hard_cases_are_tagged_often_enough(records):
    documented = backticked(guide_section("Tags"), "[a-z_]+")
    tags = Counter(tag for record in records for tag in record["tags"])
    assert set(tags) <= documented
    for tag, minimum in MIN_PER_TAG.items():
        assert tags[tag] >= minimum, (tag, tags[tag])


def test_tags_agree_with_annotations(records):
    for record in records:
        tags = set(record["tags"])
        assert ("no_event" in tags) == (not record["events"]), record["id"]
        for event in record["events"]:
            for flag, tag in MODALITY_TAG.items():
                if event["modality"][flag]:
                    assert tag in tags, (record["id"], flag)
        if "pronoun" in tags:
            assert len(re.findall(r"[.!?»] [A-ZÉÈÀ]", record["text"])) >= 1, record["id"]


def test_quote_articles_are_multi_paragraph_news(articles):
    for article in articles:
        assert {"id", "title", "text", "published", "language", "quotes"} == set(article)
        assert article["language"] == "fr" and article["title"].strip()
        assert article["text"].count("\n\n") >= 2, article["id"]
        assert dt.date.fromisoformat(article["published"]) <= dt.date(2026, 1, 1)
        assert len(article["quotes"]) >= 3, article["id"]


def test_quote_spans_speakers_and_kinds(articles, actor_tables):
    kinds = Counter()
    for article in articles:
        text = article["text"]
        for quote in article["quotes"]:
            assert text[quote["start"] : quote["end"]] == quote["text"], article["id"]
            assert quote["kind"] in QUOTE_KINDS
            if quote["kind"] == "direct":
                assert quote["text"] == quote["text"].strip(' «»“”"'), article["id"]
                assert opening_mark(text, quote) in '«“"', article["id"]
            assert quote["speaker"] and quote["speaker"].strip()
            code = quote["speaker_code"]
            if code is not None:
                assert not actor_code_problem(code, *actor_tables), (article["id"], code)
            kinds[quote["kind"]] += 1
            if quote["kind"] == "mixed":
                assert "«" in quote["text"], article["id"]
    assert all(kinds[kind] >= 10 for kind in QUOTE_KINDS), kinds


def test_quote_set_has_the_hard_cases(articles):
    quotes = [(a["text"], q) for a in articles for q in a["quotes"]]
    spanning = [q for _, q in quotes if q["kind"] == "direct" and re.search(r"[.!?] \w", q["text"])]
    assert len(spanning) >= 8
    assert {opening_mark(text, q) for text, q in quotes if q["kind"] == "direct"} == set('«“"')
    assert any(
        re.search(r"(?i)\b(selon|d'après)\b", text[: q["start"]][-60:]) for text, q in quotes
    )


def test_no_text_shared_with_the_development_sets(records, articles):
    dev_texts = [item["text"] for path in DEV_FILES for item in read_jsonl(path)]
    dev_ids = {item["id"] for path in DEV_FILES for item in read_jsonl(path)}
    # Failures name ids only: whoever writes dev records must not read held-out text, and
    # pytest prints the values of a failing assertion.
    held_out_ids = [item["id"] for item in [*records, *articles]]
    assert not [i for i in held_out_ids if i in dev_ids]
    copied = [item["id"] for item in [*records, *articles] if item["text"] in dev_texts]
    assert not copied
    held_out_runs = set().union(*(word_runs(item["text"]) for item in [*records, *articles]))
    dev_items = [item for path in DEV_FILES for item in read_jsonl(path)]
    sharing = sorted(item["id"] for item in dev_items if word_runs(item["text"]) & held_out_runs)
    assert not sharing, f"dev records sharing an {SHARED_WORDS}-word run with held-out: {sharing}"
