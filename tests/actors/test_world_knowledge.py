"""People and bodies the news names without a country cue, in sentences written for these
tests (the lexicons' own examples are checked in ``test_lexicons``): each family of entries
is resolved inside a longer sentence, beside other words that could mislead it."""

from __future__ import annotations

import pytest

from tests.actors.conftest import find


@pytest.mark.parametrize(
    ("text", "published", "mention", "code"),
    [
        # Heads of government outside the G20, dated: in office, the government.
        (
            "Muhammad Yunus a promis des élections avant la fin de l'année.",
            "2025-03-02",
            "Muhammad Yunus",
            "BGDGOV",
        ),
        (
            "Selon Daniel Noboa, les gangs ont déclaré la guerre à l'État.",
            "2024-01-10",
            "Daniel Noboa",
            "ECUGOV",
        ),
        # Ministers of defence and the interior.
        (
            "Lundi, Ali Yerlikaya a annoncé l'arrestation de trente suspects.",
            "2024-05-06",
            "Ali Yerlikaya",
            "TURGOV",
        ),
        (
            "Selon Wang Xiaohong, la coopération policière sera renforcée.",
            "2024-04-15",
            "Wang Xiaohong",
            "CHNGOV",
        ),
        (
            "Klaudia Tanner a annoncé l'achat de nouveaux hélicoptères.",
            "2023-02-01",
            "Klaudia Tanner",
            "AUTGOV",
        ),
        # Opposition leaders and party leaders.
        (
            "Venâncio Mondlane a appelé ses partisans à bloquer les routes.",
            "2024-11-04",
            "Venâncio Mondlane",
            "MOZOPP",
        ),
        (
            "Jordan Bardella a exigé la dissolution de l'Assemblée.",
            "2024-05-02",
            "Jordan Bardella",
            "FRAOPP",
        ),
        # Spokespeople, military chiefs and central bankers.
        (
            "Igor Konachenkov a affirmé que trois drones avaient été abattus.",
            "2024-08-01",
            "Igor Konachenkov",
            "RUSMIL",
        ),
        (
            "Jerome Powell a laissé les taux inchangés mercredi.",
            "2024-06-12",
            "Jerome Powell",
            "USAGOV",
        ),
        # Dissidents and journalists the news names without their country.
        (
            "La justice a rejeté l'appel de Vladimir Kara-Murza.",
            "2023-07-31",
            "Vladimir Kara-Murza",
            "RUSOPP",
        ),
        ("Evan Gershkovich a comparu à huis clos.", "2024-06-26", "Evan Gershkovich", "USAJRN"),
        # Armed groups' leaders and officials.
        (
            "Khalil al-Hayya a rejeté la dernière proposition des médiateurs.",
            "2024-06-12",
            "Khalil al-Hayya",
            "PSEREBHMS",
        ),
    ],
)
def test_dated_people_take_their_office(actors_of, text, published, mention, code):
    assert find(actors_of(text, published=published), mention).code == code


def test_the_popes_titles_name_the_pope_of_the_day(actors_of):
    # "le souverain pontife" is no monarch of the country visited: the pope in office.
    text = (
        "Le président angolais a accueilli le pape à Luanda. "
        "Le souverain pontife a appelé les dirigeants africains à combattre la corruption."
    )
    for published, name in (("2019-06-01", "pape François"), ("2025-09-01", "Léon XIV")):
        analysis = actors_of(text, published=published)
        for mention in ("pape", "souverain pontife"):
            pope = find(analysis, mention)
            assert (pope.code, pope.name) == ("VATGOV", name)


def test_a_person_out_of_office_keeps_only_the_country(actors_of):
    # Before he led the interim government, Muhammad Yunus held no office of the lexicon.
    analysis = actors_of("Muhammad Yunus a critiqué la répression.", published="2019-05-01")
    assert find(analysis, "Muhammad Yunus").code == "BGD"


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # Parties, named as French press writes them.
        ("Après le vote, le Likoud a accusé l'opposition de trahison.", "Likoud", "ISRGOVPTY"),
        ("L'ANC a dû chercher des partenaires de coalition.", "ANC", "ZAFGOVPTY"),
        ("Le Kuomintang a dénoncé les manœuvres de Pékin.", "Kuomintang", "TWNOPP"),
        (
            "Dimanche, le parti Move Forward a revendiqué la victoire.",
            "parti Move Forward",
            "THAOPP",
        ),
        # Armed groups and militias.
        (
            "Les paramilitaires des FSR ont pris le contrôle du camp.",
            "paramilitaires des FSR",
            "SDNMILRSF",
        ),
        ("Les ADF ont tué une quarantaine de civils dans le Nord-Kivu.", "ADF", "IMGMOSISI"),
        ("Des combattants de la Tatmadaw ont incendié le village.", "Tatmadaw", "MMRMIL"),
        (
            "Les Brigades al-Qods ont revendiqué un tir de roquettes.",
            "Brigades al-Qods",
            "PSEREBPIJ",
        ),
        (
            "Les combattants d'al-Chabab ont attaqué une base près de Mogadiscio.",
            "al-Chabab",
            "SOMREBSHB",
        ),
        ("Des combattants de l'UPC ont pillé un marché près de Bambari.", "UPC", "CAFREB"),
        ("Le mouvement 3R a libéré trois otages samedi.", "3R", "CAFREB"),
        # Regional organisations under the periphrases wire copy uses for them.
        (
            "Le Soudan a demandé sa réintégration à l'organisation panafricaine.",
            "organisation panafricaine",
            "IGOAFRAU",
        ),
        (
            "Le Niger a quitté le bloc ouest-africain en janvier.",
            "bloc ouest-africain",
            "IGOWAFWAS",
        ),
        ("Selon l'OIM, plus de dix mille personnes ont fui les combats.", "OIM", "IGOUNO"),
        # Bodies of an organisation under their long names or the adjective wire copy uses.
        (
            "Une commission d'enquête onusienne a accusé l'armée birmane de crimes de guerre.",
            "commission d'enquête onusienne",
            "IGOUNO",
        ),
        (
            "Le Haut-Commissariat des Nations unies aux droits de l'homme a réclamé une enquête.",
            "Haut-Commissariat",
            "IGOUNOHRI",
        ),
        (
            "Mardi, la Commission de l'Union africaine a condamné le coup d'État au Gabon.",
            "Commission de l'Union africaine",
            "IGOAFRAU",
        ),
        # National bodies known by their own name.
        ("Mardi, la Rada a prolongé la loi martiale de quatre-vingt-dix jours.", "Rada", "UKRLEG"),
        ("Le Sejm a adopté jeudi une résolution sur l'Ukraine.", "Sejm", "POLLEG"),
        # Non-governmental organisations and bodies of an organisation.
        (
            "Selon Save the Children, trente écoles ont été détruites.",
            "Save the Children",
            "GBRNGO",
        ),
        (
            "Plusieurs eurodéputés ont réclamé la suspension de l'accord.",
            "eurodéputés",
            "IGOEEULEG",
        ),
        # Media and companies.
        ("L'agence Tasnim a rapporté l'arrestation de deux étrangers.", "Tasnim", "IRNMED"),
        ("Lukoil a annoncé la vente de ses actifs étrangers.", "Lukoil", "RUSBUS"),
    ],
)
def test_bodies_named_without_a_country(actors_of, text, mention, code):
    analysis = actors_of(text)
    codes = {m.code for m in analysis.mentions if mention in m.text}
    assert code in codes, [(m.text, m.code) for m in analysis.mentions]


def test_a_president_elect_is_not_in_office_before_his_inauguration(actors_of):
    # Duma Boko won the Botswana election of 30 October 2024 and was sworn in on 8 November.
    text = "Duma Boko a remporté les élections."
    assert find(actors_of(text, published="2024-11-01"), "Duma Boko").code != "BWAGOV"
    assert find(actors_of(text, published="2024-11-09"), "Duma Boko").code == "BWAGOV"


def test_the_party_resumes_the_opposition_party_named_before(actors_of):
    # "le parti" resumes the party just named (actors/resolver.py resumed_parties); a
    # party with no name is its country's opposition (roles.yaml#parti)
    text = (
        "HARARE, 4 mars (AFP) - La Coalition des citoyens pour le changement a dénoncé des "
        "fraudes. Le parti a appelé ses militants au calme."
    )
    analysis = actors_of(text)
    codes = [(m.text, m.code) for m in analysis.mentions]
    assert any(t.lower() == "le parti" and c == "ZWEOPP" for t, c in codes), codes


def test_the_movement_resumes_the_armed_group_named_before(actors_of):
    text = (
        "PARIS, 4 mars (AFP) - Le Hamas a rejeté la dernière proposition de trêve. "
        "Le mouvement a exigé le retrait complet des troupes israéliennes."
    )
    analysis = actors_of(text)
    hamas = next(m.code for m in analysis.mentions if m.text == "Le Hamas")
    codes = [(m.text, m.code) for m in analysis.mentions]
    assert ("Le mouvement", hamas) in codes, codes
