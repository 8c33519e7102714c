"""A bare body in a story about one state, next to a foreign party's sentence (sentences
written for these tests)."""

from __future__ import annotations

from tests.actors.conftest import find


def test_chamber_of_representatives_is_the_story_state(actors_of):
    analysis = actors_of(
        "MONROVIA, 4 mai (AFP) - Le président libérien a promulgué la loi de finances. "
        "La Chambre des représentants l'avait adoptée la semaine dernière.",
        published="2024-05-04",
    )
    assert find(analysis, "La Chambre des représentants").code == "LBRLEG"


def test_chamber_of_representatives_with_its_adjective(actors_of):
    analysis = actors_of("La Chambre des représentants américaine a adopté le budget.")
    assert find(analysis, "La Chambre des représentants américaine").code == "USALEG"


def test_foreign_sentence_does_not_take_the_story_bodies(actors_of):
    analysis = actors_of(
        "LIMA, 2 juin (AFP) - Le gouvernement péruvien a décrété l'état d'urgence dans trois "
        "provinces. L'ambassade de Chine a demandé la protection de ses ressortissants. "
        "Le Congrès a convoqué le ministre de la Défense.",
        published="2024-06-02",
    )
    assert find(analysis, "Le Congrès").code == "PERLEG"


def test_country_a_verb_addresses_is_no_place_of_its_subject(actors_of):
    analysis = actors_of(
        "AMMAN, 3 mai (AFP) - Le souverain a demandé à la Syrie de rouvrir la frontière.",
        published="2024-05-03",
    )
    assert find(analysis, "Le souverain").code == "JORGOV"


def test_a_quoted_name_after_de_is_no_complement_of_the_role(actors_of):
    analysis = actors_of(
        "ABIDJAN, 2 mars (AFP) - Le ministre a qualifié les grévistes de « saboteurs ».",
        published="2024-03-02",
    )
    assert find(analysis, "les grévistes").code == "CIVLAB"


def test_federated_state_named_after_a_country_is_a_place(actors_of):
    analysis = actors_of(
        "ABUJA, 3 mai (AFP) - Des hommes armés ont enlevé dix élèves dans l'État du Niger. "
        "L'Association des parents a exhorté le gouvernement à agir.",
        published="2024-05-03",
    )
    assert find(analysis, "le gouvernement").code == "NGAGOV"
    assert not [m for m in analysis.mentions if m.code == "NERGOV"]
