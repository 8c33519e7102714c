"""Acts told as lasting for months are standing situations (``faits.events.lasting``)."""

from __future__ import annotations

from tests.events.examples import codes


def test_a_demand_kept_up_for_years_is_no_event_but_one_since_monday_is(code_fr):
    coded = code_fr(
        "Les syndicats d'enseignants réclament depuis des années la démission du ministre "
        "kényan de l'Éducation. Les dockers de Mombasa bloquent depuis lundi l'accès au port.",
        published="2024-06-12",
    )
    assert codes(coded, "10") == []
    assert codes(coded, "14") == [("KENLAB", None)]


def test_an_accusation_made_since_a_year_named_is_no_event(code_fr):
    # the accusation is a standing position; what it holds is its content, not coded either
    coded = code_fr(
        "Ankara, qui accuse depuis 2022 Stockholm d'héberger des militants kurdes, bloquait "
        "encore mardi l'adhésion de la Suède à l'Otan.",
        published="2024-01-23",
    )
    assert codes(coded, "112") == []
    assert codes(coded, "07") == []


def test_a_period_of_another_phrase_leaves_the_act_an_event(code_fr):
    coded = code_fr(
        "L'opposition camerounaise exige la démission du président Paul Biya, au pouvoir "
        "depuis 1982.",
        published="2024-06-12",
    )
    assert [code for code, _ in codes(coded, "10")] == ["CMROPP"]


def test_a_negotiation_under_way_for_decades_is_no_event(code_fr):
    # the tagger reads "négocie" as an infinitive; its subject says it is the present
    coded = code_fr(
        "La Chine, qui négocie depuis des décennies avec le Bhoutan le tracé de leur "
        "frontière, a salué la visite du Premier ministre indien.",
        published="2024-06-12",
    )
    assert codes(coded, "046") == []
