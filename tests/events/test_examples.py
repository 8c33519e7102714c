"""Every example sentence of the event lexicon, coded end to end.

Each entry of ``faits/lexicons/fr/events/NN.yaml`` carries an example (sentence, expected
code, source, target); each cue of ``roles.yaml``, ``modality.yaml`` and
``attribution.yaml`` too. Examples the coder still misses are listed in
``known_misses.txt``: they are expected to fail (strictly, so a fixed one must leave the
list), and the overall pass rate must not drop.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from faits.events.lexicon import Example
from faits.lexicons import load_yaml
from tests.events.examples import describe, example_event

HERE = Path(__file__).parent
KNOWN_MISSES = {
    line.strip()
    for line in (HERE / "known_misses.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
}
MIN_PASS_RATE = 0.7


def lexicon_examples() -> list[Example]:
    from faits.events.coder import EventModel

    return EventModel.load("fr").lexicon.examples


EXAMPLES = lexicon_examples()


def cue_examples(name: str) -> list[tuple[str, dict]]:
    return [(f"fr/{name}#{e['id']}", e["example"]) for e in load_yaml("fr", name)]


def key(example: Example) -> str:
    return f"{example.rule} {example.text}"


@pytest.mark.parametrize(
    "example",
    [
        pytest.param(e, marks=pytest.mark.xfail(strict=True)) if key(e) in KNOWN_MISSES else e
        for e in EXAMPLES
    ],
    ids=[key(e) for e in EXAMPLES],
)
def test_lexicon_example(code_fr, example):
    coded = code_fr(example.text, published=example.published or "2020-01-15")
    assert example_event(example, coded), describe(coded)


def test_pass_rate_holds():
    passing = [e for e in EXAMPLES if key(e) not in KNOWN_MISSES]
    assert len(passing) / len(EXAMPLES) >= MIN_PASS_RATE


@pytest.mark.parametrize(("rule", "example"), cue_examples("events/roles.yaml"))
def test_role_example(code_fr, rule, example):
    wanted = Example(
        rule, example["text"], example["code"], example.get("source"), example.get("target")
    )
    coded = code_fr(wanted.text, published="2020-01-15")
    assert example_event(wanted, coded), describe(coded)


@pytest.mark.parametrize(("rule", "example"), cue_examples("events/modality.yaml"))
def test_modality_example(code_fr, rule, example):
    coded = code_fr(example["text"], published="2020-01-15")
    flags = {k: v for k, v in example.items() if k in ("negated", "hypothetical", "future")}
    assert coded.events, rule
    assert any(
        all(getattr(e.modality, flag) == value for flag, value in flags.items())
        for e in coded.events
    ), [(e.cameo, e.modality) for e in coded.events]


@pytest.mark.parametrize(("rule", "example"), cue_examples("events/attribution.yaml"))
def test_attribution_example(code_fr, rule, example):
    coded = code_fr(example["text"], published="2020-01-15")
    assert any(
        e.attribution is not None and example["attribution"] in e.attribution.text
        for e in coded.events
    ), [(e.cameo, e.attribution) for e in coded.events]
