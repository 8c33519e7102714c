"""Expressions the issue names, in news-style sentences of our own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("sentence", "published", "text", "value", "kind"),
    [
        (
            "L'ambassadeur est arrivé à Pékin il y a deux jours.",
            "2019-02-19",
            "il y a deux jours",
            "2019-02-17",
            "DATE",
        ),
        (
            "Les deux pays signeront l'accord dans trois semaines.",
            "2019-02-19",
            "dans trois semaines",
            "2019-W11",
            "DATE",
        ),
        (
            "Le scrutin présidentiel aura lieu l'an prochain.",
            "2019-02-19",
            "l'an prochain",
            "2020",
            "DATE",
        ),
        ("Un sommet est prévu début mars à Genève.", "2019-02-19", "début mars", "2019-03", "DATE"),
        (
            "Le décret publié le 19.02.2019 entre en vigueur.",
            "2019-02-25",
            "19.02.2019",
            "2019-02-19",
            "DATE",
        ),
        (
            "La trêve a été conclue le 1er mai 1962.",
            "2003-02-16",
            "le 1er mai 1962",
            "1962-05-01",
            "DATE",
        ),
        (
            "Les inspecteurs resteront six mois sur place.",
            "2019-02-19",
            "six mois",
            "P6M",
            "DURATION",
        ),
        (
            "Les inspecteurs sont restés 3 jours sur place.",
            "2019-02-19",
            "3 jours",
            "P3D",
            "DURATION",
        ),
        (
            "Le conseil de sécurité se réunit chaque semaine.",
            "2019-02-19",
            "chaque semaine",
            "P1W",
            "SET",
        ),
        (
            "La frappe a eu lieu hier soir près de la frontière.",
            "2019-02-19",
            "hier soir",
            "2019-02-18TEV",
            "TIME",
        ),
        (
            "Le cessez-le-feu est entré en vigueur à 18h30.",
            "2019-02-19",
            "18h30",
            "2019-02-19T18:30",
            "TIME",
        ),
        (
            "Les manifestations se sont multipliées dans les années 1990.",
            "2019-02-19",
            "les années 1990",
            "199",
            "DATE",
        ),
    ],
)
def test_expression(tag_fr, sentence, published, text, value, kind):
    found = {t.text: t for t in tag_fr(sentence, published)}
    assert text in found, list(found)
    assert (found[text].value, found[text].type) == (value, kind)


def test_la_veille_is_relative_to_the_day_in_context(tag_fr):
    found = tag_fr(
        "Le sommet s'est ouvert le 8 février à Hanoï. La veille, les délégations étaient arrivées.",
        "2019-02-19",
    )
    assert next(t.value for t in found if t.text == "La veille") == "2019-02-07"


def test_la_veille_without_context_uses_publication(tag_fr):
    found = tag_fr("La veille, les délégations étaient arrivées à Hanoï.", "2019-02-19")
    assert next(t.value for t in found if t.text == "La veille") == "2019-02-18"


def test_clock_time_takes_the_day_of_its_sentence(tag_fr):
    found = tag_fr("Vers 0 h 40, jeudi, une voiture a percuté un arbre.", "2003-02-22")
    clock = next(t for t in found if t.type == "TIME")
    assert (clock.value, clock.modifier) == ("2003-02-20T00:40", "APPROX")


def test_ages_are_not_durations(tag_fr):
    assert tag_fr("Une fillette de 6 ans s'est noyée dans la piscine.", "2003-02-21") == [
        t
        for t in tag_fr("Une fillette de 6 ans s'est noyée dans la piscine.", "2003-02-21")
        if t.type != "DURATION"
    ]


def test_no_time_in_a_sentence_without_one(tag_fr):
    assert tag_fr("Le ministre a été reçu par le président de la République.", "2019-02-19") == []


def test_offsets_point_into_the_text(tag_fr):
    text = "Le 8 février, puis les 27 et 28 février, les dirigeants se sont vus."
    for expression in tag_fr(text, "2019-02-19"):
        assert text[expression.start : expression.end] == expression.text


def test_dateparser_values_a_span_our_rules_hand_it():
    from datetime import date

    from faits.time.tagger import parse_with_dateparser

    found = parse_with_dateparser("fr", "3 mars 2019", date(2019, 2, 19))
    assert (found.value, found.precision) == ("2019-03-03", "day")
    assert parse_with_dateparser("fr", "la réunion du conseil", date(2019, 2, 19)) is None


def test_an_expression_never_crosses_a_line_break(tag_fr):
    """A headline ending on a month and a paragraph opening on a year are two things."""
    found = tag_fr("Sommet prévu en mars\n2019 sera une année difficile, a-t-il dit.", "2019-02-19")
    assert "mars\n2019" not in [t.text for t in found]
    assert "mars" in [t.text for t in found]
