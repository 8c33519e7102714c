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
