"""An act's noun that is only talked about, hoped for or provided for is no event."""

from __future__ import annotations

from tests.events.examples import codes


def test_a_cooperation_discussed_at_a_meeting_is_no_cooperation(code_fr):
    coded = code_fr(
        "Le président kazakh a reçu lundi son homologue ouzbek, avec qui il a évoqué la "
        "coopération énergétique entre les deux pays.",
        published="2024-06-12",
    )
    assert codes(coded, "06") == []
    assert codes(coded, "043") == [("KAZGOV", "UZBGOV")]


def test_what_a_treaty_provides_for_has_not_happened(code_fr):
    coded = code_fr(
        "Madrid et Rabat ont signé mardi un accord prévoyant l'échange de renseignements sur "
        "les filières d'immigration clandestine.",
        published="2024-06-12",
    )
    assert codes(coded, "06") == []
    assert len(codes(coded, "057")) == 2


def test_an_act_asked_about_is_no_act_of_the_one_asked(code_fr):
    coded = code_fr(
        "Interrogé sur l'arrestation d'un journaliste français à Moscou, le ministre belge des "
        "Affaires étrangères a refusé de commenter.",
        published="2024-06-12",
    )
    assert codes(coded, "17") == []


def test_a_threat_invoked_as_a_reason_is_no_threat(code_fr):
    coded = code_fr(
        "La Finlande a fermé sa frontière orientale, invoquant la menace militaire russe.",
        published="2024-06-12",
    )
    assert codes(coded, "13") == []
