"""Counted references: "les deux pays", "les deux dirigeants", "les deux camps" stand for the
two parties named before, on either side of an event (docs/annotation.md, one event per
source, target and code; reciprocal acts in both directions)."""

from __future__ import annotations


def _pairs(coded, trigger: str) -> set[tuple[str | None, str | None, str]]:
    return {
        (e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
        for e in coded.events
        if e.trigger.text == trigger
    }


def test_counted_object_is_each_party(code_fr):
    # After a dateline, whose mentions are dropped before coding: both neighbours are called.
    coded = code_fr(
        "NAIROBI, 3 mai (AFP) - Le Kenya accuse l'Ouganda d'avoir franchi sa frontière. "
        "Kampala a démenti toute incursion. "
        "L'Union africaine a appelé les deux voisins à la retenue."
    )
    targets = {t for _, t, _ in _pairs(coded, "appelé")}
    assert {"KEN", "UGAGOV"} <= targets or {"KEN", "UGA"} <= targets, targets


def test_counted_leaders_of_a_mutual_act_act_on_each_other(code_fr):
    coded = code_fr(
        "Le président kényan a reçu jeudi son homologue tanzanien. "
        "Les deux dirigeants se sont engagés à renforcer leur coopération sécuritaire."
    )
    assert _pairs(coded, "engagés") == {("KENGOV", "TZAGOV", "0312"), ("TZAGOV", "KENGOV", "0312")}
    # An intent to cooperate (031) of parties of two countries with no one else named is a
    # joint act, as cooperating is (06).
    coded = code_fr(
        "Le Kenya et la Tanzanie se sont engagés à renforcer leur coopération sécuritaire."
    )
    assert _pairs(coded, "engagés") == {("KEN", "TZA", "0312"), ("TZA", "KEN", "0312")}


def test_counted_leaders_of_a_directed_act_each_aim_at_its_target(code_fr):
    coded = code_fr(
        "Le président kényan a reçu jeudi son homologue tanzanien. "
        "Les deux dirigeants ont salué le rôle de la France."
    )
    assert _pairs(coded, "salué") == {("KENGOV", "FRA", "051"), ("TZAGOV", "FRA", "051")}


def test_two_sides_of_one_country_stay_two(code_fr):
    # "les deux camps" are the two of "entre X et Y", not the nearer "tchadiens et nigériens",
    # and two sides of one country are two targets.
    coded = code_fr(
        "Les combats entre l'armée soudanaise et les Forces de soutien rapide ont repris. "
        "Des soldats tchadiens et nigériens ont été blessés. "
        "Washington a appelé les deux camps au calme."
    )
    targets = {t for _, t, _ in _pairs(coded, "appelé")}
    assert targets == {"SDNMIL", "SDNMILRSF"}
