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


def test_an_act_done_at_someones_request_is_their_appeal_coded_by_what_was_asked(code_fr):
    # "à la demande de X" on a deed is X's appeal to whoever did it, coded by what was
    # asked: troops deployed on request are troops asked for (0234), a release a release (0253).
    coded = code_fr(
        "Le Rwanda a déployé des soldats au Mozambique à la demande du président Filipe Nyusi.",
        published="2023-06-02",
    )
    assert codes(coded, "0234") == [("MOZGOV", "RWA")]
    coded = code_fr(
        "Le journaliste français a été libéré mardi par les autorités iraniennes à la demande "
        "de la Suisse.",
        published="2025-06-02",
    )
    assert codes(coded, "0253") == [("CHE", "IRNGOV")]
    # the requester is not whom the act is done to
    assert codes(coded, "084") == [("IRNGOV", "FRAMED")]


def test_two_offices_of_one_government_are_two_actors(code_fr):
    # The president dismissing the prime minister acts on another member of his own
    # government: both are coded GOV of one country, yet the target is not the source.
    coded = code_fr(
        "DAKAR, 3 mars (AFP) - Le président sénégalais a limogé mardi le Premier ministre, "
        "accusé de lenteur dans la réforme du secteur de la pêche.",
        published="2025-03-04",
    )
    assert codes(coded, "172") == [("SENGOV", "SENGOV")]


def test_a_reaction_to_an_act_of_several_authors_answers_each_of_them(code_fr):
    # The vow of a response answers the act told the sentence before; its three authors
    # did it together, so each is a target, not only the first one named.
    coded = code_fr(
        "Le Canada, l'Australie et la Nouvelle-Zélande ont imposé mardi des sanctions contre "
        "plusieurs dirigeants birmans. La junte birmane a dénoncé une ingérence.",
        published="2025-02-11",
    )
    authors = [("MMRGOV", "AUS"), ("MMRGOV", "CAN"), ("MMRGOV", "NZL")]
    assert sorted(codes(coded, "111")) == authors
    # the same when the reaction names no object and the told act gives its target
    coded = code_fr(
        "Le Canada, l'Australie et la Nouvelle-Zélande ont imposé mardi des sanctions contre "
        "plusieurs dirigeants birmans. La junte birmane a promis une riposte.",
        published="2025-02-11",
    )
    assert sorted(codes(coded, "138")) == authors


def test_a_target_named_in_a_list_before_brings_the_rest_of_its_list(code_fr):
    # The condemnation is aimed at the ministers of the sentence before (no act coded there:
    # no pattern on "recommander"); the first found stands for every member of their list.
    coded = code_fr(
        "Les chefs de la diplomatie de Suède, de Finlande et de Norvège ont recommandé lundi le "
        "retrait de leurs pays du traité sur les armes à sous-munitions. Human Rights Watch a "
        "dénoncé un « recul grave » pour les civils.",
        published="2025-03-04",
    )
    assert sorted(t[:3] for _, t in codes(coded, "111")) == ["FIN", "NOR", "SWE"]


def test_hosting_talks_between_others_is_hosting_both_ways_and_their_negotiation(code_fr):
    # docs/annotation.md (session 20): host -> each party 043, each party -> host 042, the
    # talks the parties' 046; no mediation unless the text says the host mediates.
    coded = code_fr(
        "Le Qatar a accueilli mardi à Doha des pourparlers entre le Soudan et le Tchad.",
        published="2025-03-04",
    )
    assert sorted(codes(coded, "043")) == [("QAT", "SDN"), ("QAT", "TCD")]
    assert sorted(codes(coded, "042")) == [("SDN", "QAT"), ("TCD", "QAT")]
    assert sorted(codes(coded, "046")) == [("SDN", "TCD"), ("TCD", "SDN")]
    assert codes(coded, "045") == []


def test_a_group_of_an_actor_backed_by_another_is_a_standing_status(code_fr):
    # "les milices … soutenues par X" says who backs whom, no act of support
    coded = code_fr(
        "Les combats opposent l'armée régulière aux factions libyennes soutenues par la Turquie "
        "près de Syrte.",
        published="2024-06-12",
    )
    assert codes(coded, "05") == []


def test_damage_done_by_a_strike_is_no_seizure_of_property(code_fr):
    coded = code_fr(
        "Des drones russes ont frappé la ville de Soumy, tuant deux civils et endommageant une "
        "école.",
        published="2024-06-12",
    )
    assert codes(coded, "17") == []
    assert [code for code, _ in codes(coded, "19")] == ["RUS"]


def test_soldiers_on_patrol_show_no_force(code_fr):
    coded = code_fr(
        "Des jihadistes ont enlevé mardi trois soldats nigériens qui patrouillaient près de la "
        "frontière malienne.",
        published="2024-06-12",
    )
    assert codes(coded, "15") == []
