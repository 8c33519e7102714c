"""Gold readers: our JSON Lines, PLOVER records, PETRARCH and UniversalPetrarch XML."""

from __future__ import annotations

import json

import pytest

from faits.eval import GoldFormatError, evaluate, jsonl, petrarch, plover
from faits.eval.labels import plover_label, plover_of_cameo
from faits.eval.scoring import ANY_ACTOR

from ..conftest import SHARED
from .conftest import DATA

PETRARCH_FILE = SHARED / "eval" / "petrarch2" / "PETR.UnitTest.records.xml"
UP_FILE = SHARED / "eval" / "universalpetrarch" / "PETR2_GSR_validation.xml"


def test_jsonl_reads_every_layer_and_the_actor_conventions():
    records = jsonl.read_gold(DATA / "gold_small.jsonl")
    assert [r.record for r in records] == ["t-01", "t-02", "t-03", "t-04", "t-05"]
    first, second, third, fourth = records[:4]
    assert first.events[0].cameo == "042"
    assert first.events[0].plover == "CONSULT"
    assert first.times == [{"text": "lundi", "type": "DATE", "value": "2023-01-23"}]
    assert first.quotes is None
    assert second.events[0].target is None  # null: no target
    assert third.events[0].target == ANY_ACTOR  # key absent: not checked
    assert fourth.events == [] and fourth.places == [] and fourth.times is None


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "invalid JSON"),
        ('{"id": "a"}', "'text' must be a non-empty string"),
        ('{"id": "a", "text": "x", "events": [{"cameo": "2"}]}', "2 to 4 digits"),
        ('{"id": "a", "text": "x", "events": [{"source": "FRA"}]}', "'cameo' code or a 'plover'"),
        ('{"id": "a", "text": "x", "times": [{"value": "2020"}]}', "'text' string"),
        ('{"id": "a", "text": "x"}\n{"id": "a", "text": "y"}', "duplicate id"),
    ],
)
def test_jsonl_rejects_malformed_gold_with_the_line(tmp_path, line, message):
    path = tmp_path / "bad.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match=message) as caught:
        jsonl.read_gold(path)
    assert "bad.jsonl:" in str(caught.value)


def test_jsonl_reads_a_folder_in_name_order(tmp_path):
    (tmp_path / "b.jsonl").write_text('{"id": "b", "text": "B"}\n', encoding="utf-8")
    (tmp_path / "a.jsonl").write_text('{"id": "a", "text": "A"}\n\n', encoding="utf-8")
    assert [r.record for r in jsonl.read_gold(tmp_path)] == ["a", "b"]


def test_schema_describes_the_fields_the_reader_reads():
    schema = json.loads(jsonl.SCHEMA_PATH.read_text(encoding="utf-8"))
    assert schema["required"] == ["id", "text"]
    properties = schema["properties"]
    assert {"id", "text", "published", "language", "tags", *jsonl.LAYERS} <= properties.keys()
    event = schema["$defs"]["event"]["properties"]
    assert {"cameo", "plover", "source", "target", "trigger", "modality"} <= event.keys()


def test_plover_reader_is_lenient_and_maps_old_labels():
    records = plover.read_records(DATA / "plover_sample.txt")
    assert [r.record for r in records] == ["FAITS-TEST-0001", "FAITS-TEST-0002", "FAITS-TEST-0003"]
    consult, request, accuse = records
    assert [(e.source, e.target, e.plover) for e in consult.events] == [("FRA", "DEU", "CONSULT")]
    # Two sources and no target: two events, target not checked; DEMAND is now REQUEST.
    assert [(e.source, e.target, e.plover) for e in request.events] == [
        ("SVK", ANY_ACTOR, "REQUEST"),
        ("CZE", ANY_ACTOR, "REQUEST"),
    ]
    assert consult.language == "en" and accuse.language == "fr"
    assert accuse.published is None


def test_plover_reader_reads_a_json_array_too(tmp_path):
    path = tmp_path / "gold.json"
    path.write_text(
        json.dumps([{"id": "x", "text": "Paris protested.", "event": "DISSENT", "source": ""}]),
        encoding="utf-8",
    )
    (record,) = plover.read_records(path)
    assert record.events[0].plover == "PROTEST"
    assert record.events[0].source == ANY_ACTOR


def test_plover_labels_and_cameo_types():
    assert plover_label("fight") == "ASSAULT"
    assert plover_label("STATEMENT") is None
    assert plover_of_cameo("042") == "CONSULT"
    assert plover_of_cameo("190") == "ASSAULT"
    assert plover_of_cameo("010") is None


def test_petrarch_reader_on_a_hand_made_file():
    records, env = petrarch.read_records(DATA / "petrarch_sample.xml")
    assert [r.record for r in records] == ["DEMO-01", "DEMO-02", "DEMO-02#2", "ERR-01"]
    demo, quiet, compound, discarded = records
    assert demo.text == "Arnor is about to restore full diplomatic ties with Gondor."
    assert demo.published == "1995-01-01"
    assert [(e.cameo, e.source, e.target) for e in demo.events] == [("064", "ARN", "GON")]
    assert quiet.events == [] and discarded.events == []
    assert [(e.cameo, e.source, e.target) for e in compound.events] == [
        ("1721", '"NEW ACTOR"', "GONGOV"),
        ("111", "---GOV", "ARN"),
    ]
    assert env["include"] == {"DEMO", "AGENT"}
    report = petrarch.dictionaries_report(DATA / "petrarch_sample.xml", env)
    assert report == {
        "Sample.verbs.txt": {"kind": "Verbfile", "present": False},
        "Sample.actors.txt": {"kind": "Actorfile", "present": False},
    }


def test_english_records_are_misses_not_crashes():
    report = evaluate("petrarch", DATA / "petrarch_sample.xml", errors=5)
    assert report["records"] == 4
    assert report["unsupported"] == 4
    root = report["scores"]["events"]["levels"]["root"]["any_actors"]
    assert (root["tp"], root["fn"], root["recall"]) == (0, 3, 0.0)
    notes = [e for e in report["errors"] if e["kind"] == "not coded"]
    assert notes[0]["reason"] == "language not supported: en"


@pytest.mark.skipif(not PETRARCH_FILE.exists(), reason="shared PETRARCH gold not present")
def test_petrarch_unit_tests_are_all_read():
    records, env = petrarch.read_records(PETRARCH_FILE)
    assert len(records) == 281
    assert sum(len(r.events) for r in records) == 355
    assert len({r.record for r in records}) == len(records)
    assert "Verbfile" in env["dictionaries"]
    report = petrarch.dictionaries_report(PETRARCH_FILE, env)
    assert report["PETR.Validate.verbs.txt"] == {"kind": "Verbfile", "present": True}
    assert report["PETR.Validate.actors.txt"]["entries"] > 100
    assert report["PETR.Validate.agents.txt"]["entries"] > 50


@pytest.mark.skipif(not UP_FILE.exists(), reason="shared UniversalPetrarch gold not present")
def test_universalpetrarch_gold_is_read_despite_its_xml():
    records, _ = petrarch.read_records(UP_FILE)
    assert len(records) == 78
    assert sum(len(r.events) for r in records) == 80
    first = records[0]
    assert first.record == "AFP0808020625_4"
    assert [(e.cameo, e.source, e.target) for e in first.events] == [("042", "USA", "CHN")]
