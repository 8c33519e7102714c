"""Scoring whole gold files: with injected system outputs, then through the real pipeline."""

from __future__ import annotations

from faits.eval.gold import SystemItems, evaluate_records, score_records
from faits.eval.jsonl import read_gold
from faits.eval.scoring import EventItem, SpanItem, anchor_spans
from faits.eval.system import GoldText, code_gold_texts

from .conftest import DATA

GOLD_FILE = DATA / "gold_small.jsonl"


def perfect_system(record) -> SystemItems:
    """What a flawless coder would output for a gold record."""
    events = [EventItem(e.cameo, e.source, e.target, e.plover, e.trigger) for e in record.events]
    layers = {}
    for layer in ("times", "places", "actors", "quotes"):
        layers[layer] = [
            SpanItem(s.text, s.start, s.end, dict(s.attrs))
            for s in anchor_spans(record.text, getattr(record, layer) or [])
        ]
    return SystemItems(events=events, **layers)


def test_perfect_system_scores_one_on_every_layer():
    records = read_gold(GOLD_FILE)
    systems = {r.record: perfect_system(r) for r in records}
    scores, errors = score_records(records, systems, errors=10)
    assert errors == []
    assert set(scores) == {"events", "times", "places", "actors", "quotes"}
    for level in ("root", "code3"):
        for actors in ("any_actors", "country_actors"):
            assert scores["events"]["levels"][level][actors]["f1"] == 1.0
    assert scores["events"]["gold"] == 5
    assert scores["times"]["strict"]["f1"] == 1.0
    assert scores["times"]["value_accuracy"] == 1.0
    assert scores["places"]["within_161km"] == 1.0
    assert scores["actors"]["code_accuracy"] == 1.0
    assert scores["quotes"]["speaker_accuracy"] == 1.0


def test_empty_system_has_zero_recall_and_lists_every_miss():
    records = read_gold(GOLD_FILE)
    scores, errors = score_records(records, {}, errors=100)
    assert scores["events"]["levels"]["root"]["country_actors"]["recall"] == 0.0
    assert scores["times"]["relaxed"]["recall"] == 0.0
    event_misses = [e for e in errors if e.get("layer") == "events" and e["kind"] == "miss"]
    assert len(event_misses) == 5
    assert {e["reason"] for e in errors if e["kind"] == "not coded"} == {"no system output"}


def test_one_false_event_on_a_quiet_sentence():
    records = read_gold(GOLD_FILE)
    systems = {r.record: perfect_system(r) for r in records}
    systems["t-04"].events.append(EventItem("141", "FRA", None, "PROTEST", "fait", "r#1"))
    scores, errors = score_records(records, systems, errors=5)
    root = scores["events"]["levels"]["root"]["country_actors"]
    assert (root["tp"], root["fp"], root["fn"]) == (5, 1, 0)
    assert root["precision"] == round(5 / 6, 4)
    (false,) = [e for e in errors if e["kind"] == "false event"]
    assert false["record"] == "t-04" and false["system"]["rule"] == "r#1"
    per_tag = scores["events"]["per_tag"]
    assert (per_tag["no-event"]["fp"], per_tag["no-event"]["precision"]) == (1, 0.0)
    assert (per_tag["coordination"]["tp"], per_tag["coordination"]["precision"]) == (2, 1.0)


def test_the_real_pipeline_runs_on_our_gold(session_cache):
    records = read_gold(GOLD_FILE)
    report = evaluate_records("jsonl", GOLD_FILE, records, errors=3, cache=session_cache)
    assert report["records"] == 5
    assert report["unsupported"] == 1  # t-05 is English
    assert set(report["scores"]) == {"events", "times", "places", "actors", "quotes"}
    events = report["scores"]["events"]
    assert events["gold"] == 5
    root = events["levels"]["root"]["country_actors"]
    assert root["tp"] + root["fn"] == 5
    assert 0.0 <= root["recall"] <= 1.0
    not_coded = [e for e in report["errors"] if e["kind"] == "not coded"]
    assert not_coded == [
        {"kind": "not coded", "record": "t-05", "reason": "language not supported: en"}
    ]


def test_gold_without_a_language_is_identified_and_coded(session_cache):
    texts = [
        GoldText(
            "a", "Le gouvernement français a condamné mardi l'attaque contre l'ambassade.", None
        ),
        GoldText(
            "b", "The French government condemned the attack on the embassy on Tuesday.", None
        ),
    ]
    outputs = code_gold_texts(texts, session_cache)
    assert outputs["a"].coded is not None and outputs["a"].note is None
    assert outputs["a"].coded.article.language == session_cache.models.language
    assert outputs["b"].coded is None
    assert outputs["b"].note == "language not supported: en"
