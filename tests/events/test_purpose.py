"""A purpose clause ("pour …", "afin de …") says what an act is for: it is no event."""

from __future__ import annotations

from tests.events.examples import codes


def test_what_sanctions_are_for_is_no_coercion(code_fr):
    coded = code_fr(
        "Le Trésor américain a imposé des sanctions à trois banques iraniennes pour accroître "
        "la pression sur Téhéran.",
        published="2024-06-12",
    )
    assert [code[:3] for code, _ in codes(coded, "16")] == ["USA"]
    assert codes(coded, "17") == []


def test_what_a_promise_is_for_is_no_concession(code_fr):
    coded = code_fr(
        "Hanoï s'est engagé à acheter des avions américains pour réduire son excédent "
        "commercial avec Washington.",
        published="2024-06-12",
    )
    assert codes(coded, "08") == []


def test_a_participle_the_parser_hung_in_a_purpose_clause_is_an_act(code_fr):
    coded = code_fr(
        "Le Bénin a imposé des sanctions au Niger pour contraindre Niamey à rouvrir la "
        "frontière, accusant la junte de mauvaise foi.",
        published="2024-06-12",
    )
    assert [code for code, _ in codes(coded, "112")] == ["BEN"]
