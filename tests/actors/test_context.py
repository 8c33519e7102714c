"""Bare roles placed by their context (``faits.actors.context``), on sentences written for
these tests."""

from __future__ import annotations

import pytest

from faits.actors.context import Context, Evidence
from tests.actors.conftest import find


def test_an_acting_body_takes_the_country_of_the_state_acting_beside_it(actors_of):
    analysis = actors_of("Le président kényan a refusé de signer la loi adoptée par le Parlement.")
    parliament = find(analysis, "le Parlement")
    assert parliament.code == "KENLEG"
    assert parliament.rule.startswith("fr/actors/roles.yaml#parlement+")


def test_a_definite_body_refers_back_to_the_earlier_sentence(actors_of):
    analysis = actors_of(
        "Des soldats tchadiens ont ouvert le feu sur la foule à la frontière. "
        "Le gouvernement a démenti toute bavure."
    )
    assert find(analysis, "Le gouvernement").code == "TCDGOV"


def test_an_indefinite_group_does_not_refer_back(actors_of):
    analysis = actors_of(
        "Des soldats tchadiens ont ouvert le feu à la frontière. Des syndicats ont protesté."
    )
    assert find(analysis, "Des syndicats").code is None


def test_a_context_naming_two_countries_places_nobody(actors_of):
    analysis = actors_of(
        "Le président français a salué la décision prise par le gouvernement à Bamako."
    )
    assert find(analysis, "le gouvernement").code is None


def test_the_dateline_is_a_place_and_places_the_story(actors_of):
    analysis = actors_of("BAMAKO, 3 mars (AFP) - La police a arrêté un opposant.")
    assert all(m.text != "BAMAKO" for m in analysis.mentions)
    assert find(analysis, "La police").code == "MLICOP"


def test_a_person_under_a_bare_title_takes_the_authority_acting_on_it(actors_of):
    analysis = actors_of(
        "Un tribunal de Minsk a condamné le journaliste Pavel Ivanov à dix ans de prison."
    )
    assert find(analysis, "le journaliste").country == "BLR"
    assert find(analysis, "Pavel Ivanov").country == "BLR"


def test_a_person_attacked_does_not_take_the_attackers_country(actors_of):
    analysis = actors_of("Le président a été tué par des rebelles congolais à Kigali.")
    assert find(analysis, "Le président").code is None


def test_a_body_acted_upon_is_left_to_the_event_coder(actors_of):
    analysis = actors_of("Le Premier ministre malien a déployé l'armée dans le nord.")
    assert find(analysis, "l'armée").code is None


def test_a_participle_and_a_people_belong_to_the_title(actors_of):
    elected = find(
        actors_of("Le président élu du Ghana a prêté serment."), "Le président élu du Ghana"
    )
    assert elected.code == "GHAGOV"
    king = find(actors_of("Le roi des Belges est arrivé à Kinshasa."), "Le roi des Belges")
    assert king.code == "BELGOV"


def test_context_takes_the_first_step_that_names_a_country():
    context = Context(
        [
            Evidence(0, "SEN", "a", "actor"),
            Evidence(1, "FRA", "b", "other"),
            Evidence(2, "MLI", "c", "place"),
            Evidence(2, "NER", "d", "actor"),
        ],
        dateline=Evidence(0, "GIN", "e", "place"),
    )
    assert context.country_for(1, definite=True, acting=True).country == "SEN"
    assert context.country_for(1, definite=False, acting=True).country == "GIN"
    assert context.country_for(2, definite=True, acting=True) is None
    assert context.country_for(4, definite=True, acting=True) is None
    assert context.country_for(1, definite=True, acting=False).country == "SEN"


def test_a_group_counted_by_the_subject_acts(actors_of):
    analysis = actors_of("Des centaines d'enseignants ont manifesté à Nairobi.")
    assert find(analysis, "enseignants").code == "KENLAB"


def test_a_person_acted_upon_takes_the_place_when_nobody_foreign_acts(actors_of):
    analysis = actors_of(
        "Des milliers d'étudiants ont manifesté à Dakar pour exiger la démission de la ministre."
    )
    assert find(analysis, "la ministre").code == "SENGOV"


def test_a_title_after_a_contracted_article_is_definite(actors_of):
    analysis = actors_of(
        "Des centaines d'étudiants ont exigé à Nairobi la démission du Premier ministre."
    )
    assert find(analysis, "Premier ministre").code == "KENGOV"


def test_a_government_acting_is_no_authority_over_a_person(actors_of):
    analysis = actors_of("Washington a sanctionné le président pour fraude électorale.")
    assert find(analysis, "le président").code is None


def test_a_definite_state_noun_is_the_state_its_context_names(actors_of):
    analysis = actors_of(
        "Le ministre marocain des Affaires étrangères a démenti. "
        "Le royaume n'a pas l'intention de rompre avec Alger."
    )
    kingdom = find(analysis, "Le royaume")
    assert (kingdom.code, kingdom.kind) == ("MAR", "role")
    others = actors_of("Plusieurs pays proches de Moscou ont salué l'accord conclu par le Kenya.")
    assert all(m.code is None for m in others.mentions if m.role == "pays")


def test_a_title_after_a_sentence_naming_two_countries_takes_the_datelines(actors_of):
    analysis = actors_of(
        "NAIROBI, 4 mars (AFP) - Le Kenya a suspendu ses importations de sucre ougandais. "
        "Le ministre du Commerce a justifié cette décision par des fraudes."
    )
    assert find(analysis, "Le ministre du Commerce").code == "KENGOV"


def test_two_countries_without_the_dateline_among_them_place_no_title(actors_of):
    analysis = actors_of(
        "NAIROBI, 4 mars (AFP) - Le Rwanda a suspendu ses importations de sucre ougandais. "
        "Le ministre du Commerce a justifié cette décision par des fraudes."
    )
    assert find(analysis, "Le ministre du Commerce").code is None


def test_an_envoy_is_not_placed_by_the_dateline(actors_of):
    analysis = actors_of(
        "WASHINGTON, 4 mars (AFP) - Les États-Unis ont expulsé l'ambassadeur du Venezuela. "
        "Le diplomate a dénoncé une décision arbitraire."
    )
    assert find(analysis, "Le diplomate").code != "USAGOV"


def test_the_dateline_breaks_a_tie_only_among_the_countries_named():
    context = Context(
        [Evidence(0, "TUR", "t", "actor"), Evidence(0, "ISR", "t", "other")],
        Evidence(0, "TUR", "dateline", "place"),
    )
    assert context.country_for(1, definite=True, acting=True).country == "TUR"
    assert context.country_for(1, definite=True, acting=True, resumes=False) is None


def test_residents_acting_in_a_story_belong_to_its_country(actors_of):
    analysis = actors_of(
        "ABIDJAN, 2 mai (AFP) - Les habitants ont bloqué la route nationale pour protester "
        "contre les coupures d'électricité."
    )
    assert find(analysis, "Les habitants").code == "CIVCVL"


def test_a_dateline_city_with_its_country_in_brackets_places_the_story(actors_of):
    analysis = actors_of("KAYES (Mali), 3 mai (AFP) - La police a dispersé un rassemblement.")
    assert find(analysis, "La police").code == "MLICOP"
    assert all(m.text != "Mali" for m in analysis.mentions)


def test_an_infinitive_after_de_does_not_say_whose_the_body_is(actors_of):
    analysis = actors_of(
        "TACHKENT, 3 mai (AFP) - Le parquet a annoncé l'ouverture d'un procès. Le journal "
        "accuse la police d'avoir frappé ses reporters."
    )
    assert find(analysis, "la police").code == "UZBCOP"


def test_a_title_of_a_portfolio_no_lexicon_knows_is_the_story_s_state(actors_of):
    analysis = actors_of(
        "OUAGADOUGOU, 3 mai (AFP) - Le ministre de la Sécurité a annoncé l'arrestation de "
        "trois employés d'une société minière."
    )
    assert find(analysis, "Le ministre").code == "BFAGOV"


def test_a_title_of_a_place_takes_the_place_country_not_the_dateline(actors_of):
    # Chongqing is in no actor lexicon; the places gazetteer puts it in China, and the
    # Taipei dateline never makes its police Taiwanese.
    analysis = actors_of(
        "TAIPEI, 3 mai (AFP) - La police de Chongqing a ouvert une enquête contre un élu."
    )
    assert find(analysis, "La police").code == "CHNCOP"


def test_a_subject_reported_in_a_clause_does_not_place_the_speaker(actors_of):
    analysis = actors_of(
        "OUAGADOUGOU, 3 mai (AFP) - Le ministre de la Sécurité a affirmé que l'ONG "
        "néerlandaise collectait des informations sensibles."
    )
    assert find(analysis, "Le ministre").code == "BFAGOV"


def test_a_title_whose_complement_names_another_place_does_not_resume_the_last(actors_of):
    analysis = actors_of(
        "L'armée américaine a frappé des positions jihadistes. Les forces du Puntland ont "
        "lancé une offensive terrestre."
    )
    assert find(analysis, "Les forces").code != "USAMIL"


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        (
            "Les marines chinoise et russe ont entamé des manœuvres.",
            "Les marines chinoise",
            "CHNMIL",
        ),
        ("Le commandement militaire américain a annoncé une frappe.", "Le commandement", "USAMIL"),
        (
            "NAIROBI, 3 mai (AFP) - La juridiction a annulé l'élection du gouverneur.",
            "La juridiction",
            "KENJUD",
        ),
        (
            "WELLINGTON, 3 mai (AFP) - La coprésidente du parti a dénoncé une loi « raciste ».",
            "La coprésidente",
            "NZLOPP",
        ),
        ("LA PAZ, 3 mai (AFP) - L'Église catholique a appelé au dialogue.", "L'Église", "BOLCVL"),
        ("L'ex-président équatorien a dénoncé un complot.", "L'ex-président", "ECUGOV"),
        ("Le secrétaire britannique au Commerce a averti Pékin.", "Le secrétaire", "GBRGOV"),
        ("Les douanes sénégalaises ont saisi deux tonnes de cocaïne.", "Les douanes", "SENCOP"),
        (
            "BERNE, 3 mai (AFP) - L'Office fédéral de la police a expulsé un diplomate.",
            "L'Office",
            "CHEGOV",
        ),
        (
            "RABAT, 3 mai (AFP) - Les centrales syndicales ont appelé à la grève générale.",
            "Les centrales syndicales",
            "MARLAB",
        ),
        (
            "Le Conseil onusien des droits humains a ouvert une enquête.",
            "Le Conseil onusien",
            "IGOUNOHRI",
        ),
    ],
)
def test_a_body_or_group_the_roles_lexicon_names_takes_its_country(actors_of, text, mention, code):
    found = [m for m in actors_of(text).mentions if m.text.startswith(mention)]
    assert found and found[0].code == code


@pytest.mark.parametrize(
    "text, city",
    [
        (
            "Mali : un opposant arrêté. BAMAKO, 3 mars (AFP) - La police a arrêté un opposant.",
            "BAMAKO",
        ),
        (
            "Sahel : un rassemblement dispersé. KAYES (Mali), 3 mai (AFP) - La police a dispersé un rassemblement.",
            "Mali",
        ),
        (
            "Mali : un opposant arrêté. BAMAKO, 1er mars (AFP) - La police a arrêté un opposant.",
            "BAMAKO",
        ),
    ],
)
def test_a_dateline_after_a_headline_is_where_the_story_was_filed(actors_of, text, city):
    analysis = actors_of(text)
    assert all(m.text != city for m in analysis.mentions)
    assert find(analysis, "La police").code == "MLICOP"


def test_a_dateline_city_only_the_places_gazetteer_knows_places_the_story(actors_of):
    # Alexandrie is no capital of the actor lexicons; the gazetteer puts it in Egypt.
    analysis = actors_of("ALEXANDRIE, 3 mars (AFP) - La police a dispersé une manifestation.")
    assert find(analysis, "La police").code == "EGYCOP"


def test_role_of_a_city_the_gazetteer_knows_takes_its_country(actors_of):
    # A court named by its city ("un tribunal de Hô Chi Minh-Ville") is that city's country's
    # judiciary, though the actor lexicon lists no such city: the places gazetteer places it.
    analysis = actors_of(
        "Un tribunal de Hô Chi Minh-Ville a condamné jeudi un homme d'affaires à dix ans de prison."
    )
    assert find(analysis, "Un tribunal").code == "VNMJUD"


def test_a_place_qualifying_a_noun_abroad_does_not_place_a_role_of_the_story(actors_of):
    # "un séjour à Paris" says where a trip went, not where the police of a story filed in
    # Dakar acts: the role keeps the dateline's country.
    analysis = actors_of(
        "DAKAR, 3 mars (AFP) - Un ancien ministre a été interpellé mardi par la gendarmerie, "
        "qui l'accuse d'avoir payé un séjour de luxe à Paris avec des fonds publics."
    )
    assert find(analysis, "la gendarmerie").code == "SENCOP"


def test_a_governor_is_of_the_government_of_the_state_of_the_story(actors_of):
    analysis = actors_of(
        "KANO, 3 mars (AFP) - Le gouverneur a décrété un couvre-feu de vingt-quatre heures "
        "après des heurts entre éleveurs et agriculteurs."
    )
    assert find(analysis, "Le gouverneur").code == "NGAGOV"


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        (
            "Le Niger a fermé son espace aérien aux avions militaires. Washington a dénoncé "
            "cette mesure de Niamey, avant que la junte n'annonce la fin de l'accord de défense.",
            "la junte",
            "NERGOV",
        ),
        (
            "Des soldats maliens ont été tués près de la frontière. Le ministre de la Défense, "
            "que Paris soutient, a accusé l'Algérie.",
            "Le ministre de la Défense",
            "MLIGOV",
        ),
    ],
)
def test_a_state_acting_in_another_clause_does_not_place_the_role(actors_of, text, mention, code):
    # The role's sentence names two states, one of them acting in another clause than the
    # role: the sentence is about both, and the role resumes the sentence before.
    assert find(actors_of(text), mention).code == code


def test_a_participle_on_a_noun_shares_its_clause(actors_of):
    # "condamnés par la justice" modifies the object of the main verb: the state acting
    # there and the place of the main clause both count, and they disagree.
    analysis = actors_of(
        "Le Danemark a expulsé vers l'Irak des ressortissants condamnés par la justice, "
        "à bord d'un vol affrété via la Turquie."
    )
    assert find(analysis, "la justice").code != "TURJUD"


def test_where_an_envoy_serves_does_not_say_whose_it_is(actors_of):
    analysis = actors_of(
        "La France a annoncé de nouvelles livraisons de canons. À Kiev, l'ambassadeur a salué "
        "un geste de solidarité."
    )
    assert find(analysis, "l'ambassadeur").code == "FRAGOV"


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        (
            "Le président ghanéen a limogé son ministre des Finances.",
            "ministre des Finances",
            "GHAGOV",
        ),
        (
            "Le chef de l'opposition kényane a appelé ses partisans au calme.",
            "partisans",
            "KENOPP",
        ),
    ],
)
def test_a_role_after_a_possessive_is_of_its_possessor_s_state(actors_of, text, mention, code):
    assert find(actors_of(text), mention).code == code


def test_a_possessive_of_several_or_a_leader_s_party_places_nothing(actors_of):
    several = actors_of("Le Chili et le Pérou ont réuni leurs ministres des Affaires étrangères.")
    assert find(several, "ministres des Affaires étrangères").code is None
    party = actors_of("Le président kényan a reconnu la défaite de son parti.")
    assert find(party, "parti").code != "KENOPP"


def test_three_counted_countries_are_the_three_of_a_coordination(actors_of):
    analysis = actors_of(
        "Le Chili, le Pérou et la Bolivie ont fermé leurs frontières. "
        "Les trois pays ont ensuite signé un accord."
    )
    counted = find(analysis, "pays")
    assert counted.code == "CHL"
    assert {analysis.mentions[i].code for i in counted.members} == {"CHL", "PER", "BOL"}
