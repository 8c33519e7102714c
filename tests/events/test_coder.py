"""How ``faits.events.coder`` pairs sources and targets into events, on news sentences."""

from __future__ import annotations

from tests.events.examples import codes


def test_a_joint_act_of_two_countries_is_between_them_whatever_else_is_named(code_fr):
    # The argument rules take the Azerbaijani security services of the time phrase for a
    # partner; a negotiation of the two delegations is between them.
    coded = code_fr(
        "Les délégations arménienne et azerbaïdjanaise ont repris lundi à Genève leurs "
        "négociations directes, au lendemain d'une offensive sans précédent des services de "
        "sécurité azerbaïdjanais contre deux villages en Arménie.",
        published="2025-03-04",
    )
    assert codes(coded, "046") == [("ARMGOV", "AZEGOV"), ("AZEGOV", "ARMGOV")]


def test_a_person_known_only_by_nationality_is_no_country_acting_on_itself(code_fr):
    # Before taking office the president-elect is coded by nationality alone (CHL); the
    # outgoing government congratulating him acts on someone else, not on its own country.
    coded = code_fr(
        "SANTIAGO, 15 décembre (AFP) - Le président sortant Gabriel Boric a félicité dimanche "
        "soir José Antonio Kast pour sa victoire au second tour.",
        published="2025-12-15",
    )
    assert codes(coded, "051") == [("CHLGOV", "CHL")]
