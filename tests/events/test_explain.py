"""``faits explain``: the parse, the actors and every candidate rule with its verdict."""

from __future__ import annotations

from datetime import date

from typer.testing import CliRunner

from faits.cli.main import app
from faits.events.explain import explain_text, render

SENTENCE = "Les États-Unis ont rejeté la proposition de la Russie."


def test_report_lists_selected_and_failed_rules(fr_models):
    (report,) = explain_text(SENTENCE, date(2017, 9, 29), fr_models)
    statuses = {c.rule: c.status for c in report.candidates}
    assert statuses["fr/events/12.yaml#rejeter-proposition-rencontre"] == "selected"
    assert statuses["fr/events/01.yaml#dementir"] == "failed"
    selected = [c for c in report.candidates if c.status == "selected"]
    assert selected[0].sources == ["Les États-Unis = USA"] and selected[0].how == "subject"
    assert [e.cameo for e in report.events] == ["125"]
    text = render(report)
    assert "no complement" in text and "rejeter-proposition-rencontre" in text


def test_sentence_without_trigger_says_so(fr_models):
    (report,) = explain_text("Le temps était beau à Paris.", None, fr_models)
    assert report.candidates == [] and report.events == []
    assert "no token of this sentence indexes a pattern" in render(report)


def test_cli_explains_a_sentence():
    result = CliRunner().invoke(
        app, ["explain", "--sentence", SENTENCE, "--published", "2017-09-29"]
    )
    assert result.exit_code == 0, result.output
    assert "[selected] fr/events/12.yaml#rejeter-proposition-rencontre" in result.output


def test_cli_needs_an_event_or_a_sentence():
    assert CliRunner().invoke(app, ["explain"]).exit_code == 2
    missing = CliRunner().invoke(app, ["explain", "abc", "--db", "/nonexistent/faits.duckdb"])
    assert missing.exit_code == 1
