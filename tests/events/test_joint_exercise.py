"""A show of force held by several countries together is their joint exercise (062):
15.yaml#exercice-militaire and its `joint` code."""

from __future__ import annotations

from tests.events.examples import codes


def test_manoeuvres_of_two_countries_are_a_joint_exercise_both_ways(code_fr):
    coded = code_fr(
        "Le Laos et le Vietnam ont lancé lundi leurs manœuvres militaires annuelles près de "
        "Vientiane.",
        published="2024-06-12",
    )
    assert codes(coded, "062") == [("LAO", "VNM"), ("VNM", "LAO")]
    assert codes(coded, "15") == []


def test_a_deployment_of_two_countries_stays_a_posture(code_fr):
    coded = code_fr(
        "La Russie et la Biélorussie ont déployé des troupes près de la frontière polonaise.",
        published="2024-06-12",
    )
    assert codes(coded, "06") == []


def test_manoeuvres_around_a_third_country_stay_a_show_of_force(code_fr):
    coded = code_fr(
        "La Chine et la Russie ont lancé des manœuvres navales autour du Japon.",
        published="2024-06-12",
    )
    assert codes(coded, "06") == []
