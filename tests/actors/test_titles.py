"""Titles and the names, bodies and people they go with, on sentences written for these tests."""

from __future__ import annotations

from tests.actors.conftest import find


def test_participle_between_title_and_name_keeps_them_together(actors_of):
    analysis = actors_of(
        "La Première ministre sortante Elisabeth Borne a salué l'accord.", published="2023-06-01"
    )
    assert find(analysis, "La Première ministre sortante").code == "FRAGOV"


def test_adjective_tagged_as_noun_between_title_and_name(actors_of):
    analysis = actors_of(
        "Moqtada Sadr a parlé. Plus tard, le dirigeant chiite Moqtada Sadr a appelé ses "
        "partisans à quitter la rue.",
        published="2023-06-01",
    )
    assert find(analysis, "le dirigeant").code == "IRQOPP"


def test_title_after_a_past_adjective_is_a_title(actors_of):
    analysis = actors_of("L'ancien Premier ministre malien a été arrêté à Bamako.")
    assert find(analysis, "L'ancien Premier ministre malien").code == "MLIGOV"


def test_definite_body_acted_upon_takes_the_dateline_country(actors_of):
    analysis = actors_of(
        "DAKAR, 3 mars (AFP) - Le principal syndicat d'enseignants a exhorté le gouvernement "
        "à rouvrir les négociations.",
        published="2024-03-03",
    )
    assert find(analysis, "le gouvernement").code == "SENGOV"


def test_surname_takes_the_code_its_titled_first_mention_gets_from_context(actors_of):
    analysis = actors_of(
        "LUSAKA, 2 mai (AFP) - Le président de l'Assemblée nationale, Joseph Mwale Banda, a "
        "suspendu la séance. M. Banda a dénoncé des pressions.",
        published="2024-05-02",
    )
    assert find(analysis, "M. Banda").code == find(analysis, "Joseph Mwale Banda").code
    assert find(analysis, "M. Banda").code.startswith("ZMB")
