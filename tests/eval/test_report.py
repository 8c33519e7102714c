"""Report layout: the same tables for the terminal and the benchmarks page."""

from __future__ import annotations

from rich.console import Console

from faits.eval.report import layers, markdown, render, report_tables

FLAT = {
    "format": "ftib",
    "path": "dev",
    "records": 2,
    "scores": {
        "gold": 10,
        "strict": {"precision": 0.5, "recall": 0.25, "f1": 0.3333},
        "value_accuracy": 0.75,
        "per_type": {"DATE": {"gold": 6, "value_accuracy": 1.0}, "SET": {"gold": 4}},
    },
    "errors": [],
}


def test_a_flat_report_is_one_layer_named_by_its_format():
    assert [name for name, _ in layers(FLAT)] == ["ftib"]
    tables = {t.title: t for t in report_tables(FLAT)}
    assert tables["Ftib"].rows == [("strict", "0.500", "0.250", "0.333", "–", "–", "–")]
    assert tables["Ftib per type"].columns == ("per_type", "gold", "value_accuracy")
    assert tables["Ftib per type"].rows == [("DATE", "6", "1.000"), ("SET", "4", "–")]
    assert ("value accuracy", "0.750") in tables["Ftib: measures"].rows


def test_markdown_and_terminal_show_the_same_rows():
    lines = markdown(FLAT)
    assert "| strict | 0.500 | 0.250 | 0.333 | – | – | – |" in lines
    console = Console(record=True, width=120)
    console.print(render(FLAT))
    assert "0.333" in console.export_text()


def test_errors_show_the_rule_that_fired():
    report = {
        "format": "jsonl",
        "path": "g.jsonl",
        "records": 1,
        "scores": {},
        "errors": [
            {
                "layer": "events",
                "kind": "false event",
                "record": "r1",
                "text": "La Chine a menacé le Japon.",
                "system": {"cameo": "138", "source": "CHN", "target": "JPN", "rule": "fr/x#y"},
            },
            {
                "layer": "times",
                "kind": "wrong value",
                "record": "r2",
                "text": "lundi",
                "value": "2020-01-06",
                "system_value": "2020-01-13",
            },
        ],
    }
    console = Console(record=True, width=200)
    console.print(render(report))
    text = console.export_text()
    assert "[events] false event r1: coded 138 CHN → JPN, rule fr/x#y" in text
    assert "[times] wrong value r2: 'lundi' value=2020-01-06, system_value=2020-01-13" in text


def _rule_report() -> dict:
    counts = {
        "fr/a#good": {"tp": 9, "fp": 1, "fn": 0, "precision": 0.9, "recall": 0.0, "f1": 0.0},
        "fr/a#bad": {"tp": 1, "fp": 3, "fn": 0, "precision": 0.25, "recall": 0.0, "f1": 0.0},
        "fr/a#clean": {"tp": 4, "fp": 0, "fn": 0, "precision": 1.0, "recall": 0.0, "f1": 0.0},
    }
    nothing = {"tp": 0, "fp": 0, "fn": 0, "precision": 0.0, "recall": 0.0, "f1": 0.0}
    scores = {
        "gold": 14,
        "system": 18,
        "levels": {"root": {"any_actors": nothing, "country_actors": nothing}},
        "detail_level": "root",
        "per_rule": counts,
    }
    return {"format": "jsonl", "path": "g", "records": 1, "scores": {"events": scores}}


def test_the_terminal_lists_the_rules_with_the_most_false_events_first():
    tables = {t.title: t for t in report_tables(_rule_report(), rules=True)}
    costly = tables["Rules with the most false events (root, actors matched)"]
    # Rules without a false event are not listed; the costliest comes first.
    assert [row[0] for row in costly.rows] == ["fr/a#bad", "fr/a#good"]
    assert costly.rows[0] == ("fr/a#bad", "0.250", "1", "3")
    console = Console(record=True, width=120)
    console.print(render(_rule_report()))
    assert "fr/a#bad" in console.export_text()


def test_the_benchmarks_page_leaves_the_rules_to_the_json():
    assert not any("fr/a#bad" in line for line in markdown(_rule_report()))
