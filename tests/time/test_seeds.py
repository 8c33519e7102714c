"""The done-when checks of the time issue, on the two seed articles and their dates."""

from __future__ import annotations

import json

import pytest

from tests.conftest import SEEDS


def _seed(seed_id: str) -> dict:
    with (SEEDS / "seeds.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["id"] == seed_id:
                return record
    raise LookupError(seed_id)


@pytest.fixture(scope="module")
def xinhua(tag_fr):
    seed = _seed("seed-xinhua-2019-02-19")
    return tag_fr(seed["text"], seed["published"])


@pytest.fixture(scope="module")
def rt(tag_fr):
    seed = _seed("seed-cellule44-2017-09-29")
    return tag_fr(seed["text"], seed["published"])


def _values(found, text):
    return [t.value for t in found if t.text.lower() == text.lower()]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("lundi", "2019-02-18"),
        ("le 8 février", "2019-02-08"),
        ("fin février", "2019-02"),
        ("juin 2018", "2018-06"),
        ("le mois dernier", "2019-01"),
        ("la semaine dernière", "2019-W07"),
    ],
)
def test_xinhua_dates(xinhua, text, value):
    assert _values(xinhua, text) == [value]


def test_xinhua_end_of_february_is_marked_end(xinhua):
    end = next(t for t in xinhua if t.text == "fin février")
    assert (end.modifier, end.precision, end.type) == ("END", "month", "DATE")


def test_xinhua_two_days_of_february(xinhua):
    values = [t.value for t in xinhua if t.rule.endswith("#coordinated-days")]
    assert values == ["2019-02-27", "2019-02-28"]


def test_every_expression_cites_its_rule_and_sentence(xinhua):
    for expression in xinhua:
        assert expression.rule.startswith("fr/time/rules/")
        assert expression.sentence_index >= 0


@pytest.mark.parametrize(
    ("text", "value"),
    [("vendredi", "2017-09-29"), ("jeudi", "2017-09-28"), ("Dimanche", "2017-09-24")],
)
def test_rt_weekdays(rt, text, value):
    assert _values(rt, text) == [value]


def test_mentions_carry_type_value_and_modifier(xinhua):
    end = next(t for t in xinhua if t.text == "fin février")
    mention = end.to_mention("a1")
    assert mention.kind == "time"
    assert mention.resolved == {"type": "DATE", "value": "2019-02", "modifier": "END"}
    assert mention.rule == end.rule
