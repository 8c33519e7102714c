"""``faits explain``: the parse, the actors and every candidate rule with its verdict."""

from __future__ import annotations

from datetime import date

from typer.testing import CliRunner

import faits
from faits.cli.main import app
from faits.events.explain import OTHER_SENSE, explain_text, render
from faits.events.matching import ADJECTIVAL, COMPLEMENT, MODIFIER_NOUN

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


def test_arguments_shown_are_the_coders(fr_models):
    # The coder never takes the organisation owning a summit for a partner; the report shows
    # the arguments it starts from, not the bare rules' reading.
    (report,) = explain_text(
        "Le président brésilien s'est entretenu mercredi en marge du sommet des Brics à Kazan.",
        date(2024, 10, 23),
        fr_models,
    )
    selected = [c for c in report.candidates if c.status == "selected"]
    assert selected and all(c.targets == [] for c in selected)


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


def test_explain_tries_only_the_readings_the_coder_tries(fr_models):
    """A trigger's patterns of another root are another sense of the word: the coder never
    falls back to them ("se rendre dans une exploitation" is no surrender), and explain says
    so instead of showing them as tried."""
    (report,) = explain_text(
        "Le ministre se rendrait dans une exploitation agricole du Nord.", None, fr_models
    )
    statuses = {c.rule: (c.status, c.reason) for c in report.candidates}
    assert statuses["fr/events/08.yaml#capituler"] == ("dropped", OTHER_SENSE)
    assert not any(e.cameo.startswith("08") for e in report.events)


def test_a_dropped_rule_says_which_rule_of_selection_dropped_it(fr_models):
    """Each fired pattern left out names its own reason: the complement consumed by
    another match, the noun that only qualifies another, the adjectival participle."""
    text = (
        "La Russie a refusé de lever les sanctions. "
        "Les avions de combat ont survolé la zone. "
        "Le journaliste arrêté en Russie a été libéré."
    )
    reports = explain_text(text, None, fr_models)
    dropped = {
        (c.trigger, c.reason)
        for report in reports
        for c in report.candidates
        if c.status == "dropped"
    }
    assert ("lever", COMPLEMENT.format("'refusé'")) in dropped
    assert ("combat", MODIFIER_NOUN) in dropped
    assert ("arrêté", ADJECTIVAL) in dropped


def test_events_shown_are_the_pipelines(fr_models):
    # Two joined verbs telling one act are one event in the database; the report shows the
    # events the pipeline stores, not one per matched rule.
    text = "Des centaines de manifestants ont envahi et incendié mardi l'ambassade de France."
    (report,) = explain_text(text, date(2024, 7, 30), fr_models)
    stored = faits.code_text(text, published=date(2024, 7, 30), language="fr").events

    def told(events):
        return [(e.cameo, e.source.code, e.target.code, e.trigger.text) for e in events]

    assert told(report.events) == told(stored)
    assert [e.trigger.text for e in report.events] == ["envahi"]
