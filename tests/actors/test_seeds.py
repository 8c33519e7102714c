"""The issue's acceptance checks, on the two seed articles with their publication dates."""

from __future__ import annotations

from tests.actors.conftest import find

XINHUA = "seed-xinhua-2019-02-19"
CELLULE = "seed-cellule44-2017-09-29"


def test_people_of_the_xinhua_article(seed_actors):
    analysis = seed_actors[XINHUA]
    assert find(analysis, "Mike Pompeo").code == "USAGOV"
    assert find(analysis, "Stephen Biegun").code == "USAGOV"
    for n in range(2):
        kim = find(analysis, "Kim Jong Un", n)
        assert (kim.code, kim.kind) == ("PRKGOV", "person")
    trump = find(analysis, "Donald Trump")
    assert (trump.code, trump.name) == ("USAGOV", "Donald Trump")


def test_supreme_leader_is_kim_and_prkgov(seed_actors):
    analysis = seed_actors[XINHUA]
    for n in range(2):
        leader = find(analysis, "le dirigeant suprême de la RPDC", n)
        assert (leader.code, leader.name) == ("PRKGOV", "Kim Jong Un")


def test_north_korea_names_are_prk(seed_actors):
    assert find(seed_actors[XINHUA], "la RPDC").code == "PRK"
    assert find(seed_actors[CELLULE], "la Corée du Nord").code == "PRK"
    assert find(seed_actors[XINHUA], "la République populaire démocratique de Corée").code == "PRK"


def test_pronoun_il_is_donald_trump(seed_actors):
    analysis = seed_actors[XINHUA]
    il = find(analysis, "Il")
    assert (il.kind, il.code, il.name) == ("pronoun", "USAGOV", "Donald Trump")
    assert analysis.mentions[il.antecedent].text == "Donald Trump"


def test_people_of_the_cellule44_article(seed_actors):
    analysis = seed_actors[CELLULE]
    assert find(analysis, "Oleg Burmistrov").code == "RUSGOV"
    assert find(analysis, "Choe Son-hui").code == "PRKGOV"
    assert find(analysis, "Heather Nauert").code == "USAGOV"


def test_moscow_as_actor_but_not_as_place(seed_actors):
    analysis = seed_actors[CELLULE]
    moscou = [m for m in analysis.mentions if m.text == "Moscou"]
    # "Moscou a réitéré…" and "Moscou a encore une fois déclaré…": actors; "à Moscou" and
    # "Les négociations de Moscou": places, no actor mention.
    assert len(moscou) == 2
    assert all(m.code == "RUSGOV" and m.metonymy for m in moscou)
    text = analysis.mentions[0].text
    assert text
    assert not any(m.text.startswith("capitale") for m in analysis.mentions)


def test_roles_composed_with_countries_and_media(seed_actors):
    analysis = seed_actors[CELLULE]
    assert find(analysis, "le correspondant de RIA Novosti").code == "RUSMED"
    assert find(analysis, "le ministère russe des Affaires étrangères").code == "RUSGOV"
    director = find(
        analysis, "directeur général du Ministère des Affaires étrangères de la Corée du Nord"
    )
    assert director.code == "PRKGOV"
    assert find(analysis, "des exercices militaires conjoints américains").code == "USAMIL"
    assert find(seed_actors[XINHUA], "la partie américaine").code == "USAGOV"


def test_every_seed_mention_is_inside_the_text(seed_actors):
    for analysis in seed_actors.values():
        for mention in analysis.mentions:
            assert mention.text and mention.start < mention.end
            assert mention.kind in {"country", "organisation", "person", "role", "pronoun", "group"}
            if mention.code:
                assert mention.rule
