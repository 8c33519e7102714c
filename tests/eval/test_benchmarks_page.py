"""The benchmarks page generator: gold-set discovery, tables, and the marked section only."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from faits.eval.gold import SystemItems, score_records
from faits.eval.jsonl import read_gold
from faits.eval.scoring import EventItem

from .conftest import DATA

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "benchmarks_page.py"
spec = importlib.util.spec_from_file_location("benchmarks_page", SCRIPT)
page = importlib.util.module_from_spec(spec)
spec.loader.exec_module(page)


def test_only_the_marked_section_is_replaced():
    before = f"# Benchmarks\n\n## Throughput\n\n42 articles/s\n\n{page.BEGIN}\nold\n{page.END}\n\nTail.\n"
    after = page.replace_section(before, f"{page.BEGIN}\nnew\n{page.END}")
    assert (
        after
        == f"# Benchmarks\n\n## Throughput\n\n42 articles/s\n\n{page.BEGIN}\nnew\n{page.END}\n\nTail.\n"
    )


def test_section_is_appended_when_the_page_has_no_markers():
    after = page.replace_section("# Benchmarks\n\nThroughput.\n", f"{page.BEGIN}\nx\n{page.END}")
    assert after == f"# Benchmarks\n\nThroughput.\n\n{page.BEGIN}\nx\n{page.END}\n"


def test_gold_sets_found_under_shared(tmp_path):
    (tmp_path / "petrarch2").mkdir()
    (tmp_path / "petrarch2" / "PETR.UnitTest.records.xml").write_text("<Validation/>")
    found = page.gold_sets(tmp_path)
    assert found[0][0] == "petrarch"
    assert all(format_name == "jsonl" for format_name, _, _ in found[1:])


def test_set_section_shows_the_command_and_the_scores():
    records = read_gold(DATA / "gold_small.jsonl")
    scores, _ = score_records(records, {"t-01": _system_for_first(records[0])})
    report = {"records": 5, "unsupported": 1, "scores": scores}
    lines = page.set_section("jsonl", DATA / "gold_small.jsonl", "small", report, 1.0)
    text = "\n".join(lines)
    assert "`faits eval jsonl tests/eval/data/gold_small.jsonl` — 5 records, 1 not coded" in text
    assert "| root | 1.000 | 0.200 | 0.333 |" in text
    assert "| 04 | 1.000 | 1.000 | 1.000 | 1 | 0 | 0 |" in text
    assert "Times:" in text and "| relaxed |" in text


def _system_for_first(record) -> SystemItems:
    event = record.events[0]
    return SystemItems(events=[EventItem(event.cameo, event.source, event.target, event.plover)])


def test_a_slice_section_shows_the_command_that_scores_it(monkeypatch):
    monkeypatch.setattr(page, "summary_line", lambda report: "3 records")
    monkeypatch.setattr(page, "markdown", lambda report, per_class: ["table"])
    path = page.ROOT / "data" / "gold" / "events_dev.jsonl"
    lines = page.set_section("jsonl", path, "dev, a-1..a-9", {}, 1.0, ("a-1", "a-9"))
    assert lines[0] == "### dev, a-1..a-9"
    assert lines[2].startswith("`faits eval jsonl data/gold/events_dev.jsonl --ids a-1..a-9`")
    assert all(stem == "events_dev" for stem, *_ in page.SLICES)
