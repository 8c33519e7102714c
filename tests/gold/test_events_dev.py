"""The French event development set is well formed, covers what it claims, and is readable.

These checks keep ``data/gold/events_dev.jsonl`` honest as it grows: every CAMEO code
exists, every actor code follows ``docs/annotation.md``, modality flags agree with the
record's tags, each root and each hard case has enough records to measure, and the file
reads with the same reader as ``faits eval jsonl``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from faits.eval.jsonl import read_gold

from ..conftest import SHARED

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO / "data" / "gold" / "events_dev.jsonl"
GUIDE = REPO / "docs" / "annotation.md"
CAMEO_CODES = SHARED / "ontology" / "cameo" / "CAMEO.eventcodes.txt"
COUNTRIES = SHARED / "ontology" / "plover" / "countries.csv"
OWN_COUNTRIES = Path(__file__).resolve().parents[2] / "faits/lexicons/fr/actors/countries.tsv"

MIN_RECORDS = 320
MIN_PER_ROOT = 10
MIN_PER_FREQUENT_ROOT = 20
FREQUENT_ROOTS = ("01", "02", "03", "04", "05", "11", "12", "13", "17", "18", "19")
MIN_PER_TAG = {
    "negation": 15,
    "conditional": 15,
    "future": 15,
    "reported_speech": 20,
    "coordination": 15,
    "passive": 15,
    "pronoun": 12,
    "relative_clause": 12,
    "nominal": 15,
    "light_verb": 12,
    "no_event": 30,
}
MODALITY_TAG = {"negated": "negation", "hypothetical": "conditional", "future": "future"}
ID_PATTERN = re.compile(r"dev-\d{4}")
ORGANISATION_PREFIXES = ("IGO", "NGO", "IMG")
ACTOR_PATTERN = re.compile(r"(?P<country>[A-Z]{3})(?P<roles>(?:[A-Z]{3})*)")


def guide_section(title: str) -> str:
    """The text of one ``##``/``###`` section of the annotation guide."""
    text = GUIDE.read_text(encoding="utf-8")
    match = re.search(rf"^#+ {re.escape(title)}\n(.*?)(?=^#+ |\Z)", text, re.M | re.S)
    assert match, f"docs/annotation.md has no section {title!r}"
    return match.group(1)


def backticked(section: str, pattern: str) -> set[str]:
    return set(re.findall(rf"^\| `({pattern})`", section, re.M))


@pytest.fixture(scope="module")
def records() -> list[dict]:
    with GOLD.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@pytest.fixture(scope="module")
def events(records) -> list[tuple[dict, dict]]:
    return [(record, event) for record in records for event in record["events"]]


@pytest.fixture(scope="module")
def cameo_codes() -> set[str]:
    lines = CAMEO_CODES.read_text(encoding="utf-8", errors="replace").splitlines()[1:]
    return {line.split("\t")[0] for line in lines if line.strip()}


@pytest.fixture(scope="module")
def country_codes() -> set[str]:
    """PLOVER's country list, and the ISO codes of faits' own country table (PLOVER's list
    predates South Sudan, SSD, which the coder knows)."""
    lines = COUNTRIES.read_text(encoding="utf-8").splitlines()[1:]
    plover = {line.split(",")[2] for line in lines if line.strip()}
    ours = OWN_COUNTRIES.read_text(encoding="utf-8").splitlines()
    return plover | {line.split("\t")[0] for line in ours if line.strip() and line[0] != "#"}


def test_file_reads_with_the_eval_reader(records):
    assert len(read_gold(GOLD)) == len(records)


def test_enough_records_with_unique_ids_and_texts(records):
    assert len(records) >= MIN_RECORDS
    ids = [record["id"] for record in records]
    assert all(ID_PATTERN.fullmatch(record_id) for record_id in ids)
    assert len(set(ids)) == len(ids)
    texts = [record["text"] for record in records]
    assert len(set(texts)) == len(texts)


def test_record_fields(records):
    for record in records:
        assert set(record) == {"id", "text", "published", "language", "events", "tags"}, record
        assert record["language"] == "fr"
        assert record["text"] == record["text"].strip() and "\n" not in record["text"]
        assert dt.date.fromisoformat(record["published"]) <= dt.date(2026, 1, 1), record["id"]
        assert isinstance(record["events"], list) and isinstance(record["tags"], list)


def test_event_fields_and_triggers(events):
    for record, event in events:
        assert {"cameo", "source", "target", "trigger", "modality"} <= set(event), record["id"]
        assert set(event) <= {"cameo", "source", "target", "trigger", "modality", "attribution"}
        assert event["trigger"] and event["trigger"] in record["text"], record["id"]
        assert set(event["modality"]) == set(MODALITY_TAG)
        assert all(isinstance(flag, bool) for flag in event["modality"].values())


def test_cameo_codes_exist(events, cameo_codes):
    unknown = {(r["id"], e["cameo"]) for r, e in events if e["cameo"] not in cameo_codes}
    assert not unknown
    assert all(2 <= len(e["cameo"]) <= 4 for _, e in events)


def test_actor_codes_follow_the_guide(events, country_codes):
    organisations = backticked(guide_section("Organisations"), "[A-Z]{6,12}")
    roles = backticked(guide_section("Roles"), "[A-Z]{3}")
    assert {"IGOUNO", "IGOEEU", "IGOWSTNAT", "IGOAFRAU"} <= organisations
    assert {"GOV", "MIL", "COP", "JUD", "REB", "OPP", "MED"} <= roles
    for record, event in events:
        assert event["source"] is not None, record["id"]
        for code in filter(None, (event["source"], event["target"], event.get("attribution"))):
            if code.startswith(ORGANISATION_PREFIXES):
                assert code in organisations, (record["id"], code)
                continue
            match = ACTOR_PATTERN.fullmatch(code)
            assert match and match["country"] in country_codes, (record["id"], code)
            found = [match["roles"][i : i + 3] for i in range(0, len(match["roles"]), 3)]
            assert set(found) <= roles, (record["id"], code)


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
