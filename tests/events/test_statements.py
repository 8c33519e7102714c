"""A bare statement beside an act the same speaker does in words is that act's wording."""

from __future__ import annotations

from tests.events.examples import codes


def test_a_quote_after_a_condemnation_is_no_second_event(code_fr):
    coded = code_fr(
        "Le Chili a vivement condamné la décision de la Bolivie. « C'est un geste inamical », a "
        "déclaré le porte-parole de la diplomatie chilienne.",
        published="2024-06-12",
    )
    assert codes(coded, "01") == []
    assert [code[:3] for code, _ in codes(coded, "11")] == ["CHL"]


def test_a_statement_beside_a_deed_stays_a_statement(code_fr):
    coded = code_fr(
        "Le président tchadien a reçu lundi l'ambassadeur de Chine. Il a ensuite estimé que la "
        "région traversait une crise grave.",
        published="2024-06-12",
    )
    assert [code[:3] for code, _ in codes(coded, "010")] == ["TCD"]
