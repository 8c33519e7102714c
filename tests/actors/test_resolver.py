"""The resolver on news-style sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.actors.conftest import find


def codes(analysis):
    return {m.text: m.code for m in analysis.mentions}


def test_roles_compose_with_demonyms_and_name_the_office_holder(actors_of):
    analysis = actors_of(
        "Le président américain a reçu le Premier ministre japonais à la Maison Blanche.",
        published="2018-03-01",
    )
    president = find(analysis, "Le président américain")
    assert (president.code, president.name, president.kind) == ("USAGOV", "Donald Trump", "role")
    assert find(analysis, "le Premier ministre japonais").name == "Shinzo Abe"
    assert find(analysis, "la Maison Blanche").code == "USAGOV"


def test_publication_date_picks_the_office(actors_of):
    text = "Mike Pompeo a rencontré son homologue chinois."
    assert find(actors_of(text, published="2017-06-01"), "Mike Pompeo").code == "USASPY"
    assert find(actors_of(text, published="2019-02-19"), "Mike Pompeo").code == "USAGOV"
    leader = find(
        actors_of("Le chef de la diplomatie américaine est arrivé.", "2019-05-01"),
        "Le chef de la diplomatie américaine",
    )
    assert (leader.code, leader.name) == ("USAGOV", "Mike Pompeo")


def test_later_mentions_of_a_person_follow_the_first(actors_of):
    analysis = actors_of(
        "Stephen Biegun, représentant spécial des États-Unis, est arrivé à Séoul. "
        "M. Biegun a rencontré des responsables sud-coréens. Biegun a salué leur accueil.",
        published="2019-02-19",
    )
    first = find(analysis, "Stephen Biegun")
    assert first.code == "USAGOV"
    for text in ("M. Biegun", "Biegun"):
        later = find(analysis, text)
        assert (later.code, later.name) == ("USAGOV", "Stephen Biegun")
        assert analysis.mentions[later.antecedent] is first


def test_title_before_a_name_codes_the_person(actors_of):
    analysis = actors_of("Le ministre ivoirien de la Défense Téné Birahima Ouattara a démissionné.")
    assert find(analysis, "Téné Birahima Ouattara").code == "CIVGOV"
    assert find(analysis, "Le ministre ivoirien de la Défense").name == "Téné Birahima Ouattara"


def test_apposition_codes_the_person(actors_of):
    analysis = actors_of("Anna Ivanova, porte-parole de l'ambassade de Russie, a démenti.")
    assert find(analysis, "Anna Ivanova").code == "RUSGOV"


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        (
            "Le ministère chinois de la Défense a protesté.",
            "Le ministère chinois de la Défense",
            "CHNGOV",
        ),
        ("La police turque a arrêté vingt personnes.", "La police turque", "TURCOP"),
        (
            "Le porte-parole du Pentagone a confirmé la frappe.",
            "Le porte-parole du Pentagone",
            "USAMIL",
        ),
        ("Les rebelles houthis ont tiré un missile.", "Les rebelles houthis", "YEMREBHTH"),
        (
            "La diplomatie française a convoqué l'ambassadeur d'Iran.",
            "l'ambassadeur d'Iran",
            "IRNGOV",
        ),
        (
            "Le secrétaire général de l'ONU a appelé au calme.",
            "Le secrétaire général de l'ONU",
            "IGOUNO",
        ),
        (
            "Les ministres des Affaires étrangères du G7 se sont réunis.",
            "Les ministres des Affaires étrangères du G7",
            "IGOG7",
        ),
        ("L'armée de l'air israélienne a frappé Gaza.", "L'armée de l'air israélienne", "ISRMIL"),
    ],
)
def test_role_phrases(actors_of, text, mention, code):
    assert find(actors_of(text), mention).code == code


def test_capitals_are_actors_only_outside_locatives(actors_of):
    analysis = actors_of(
        "Pékin a dénoncé la visite. Le ministre est arrivé à Pékin mardi, puis à Séoul. "
        "Les pourparlers de Séoul ont échoué."
    )
    assert [m.code for m in analysis.mentions if m.text in ("Pékin", "Séoul")] == ["CHNGOV"]


@pytest.mark.parametrize(
    ("city", "code"),
    [
        ("Gitega", "BDIGOV"),
        ("Tegucigalpa", "HNDGOV"),
        ("Port-Louis", "MUSGOV"),
        ("La Valette", "MLTGOV"),
        ("Port-d'Espagne", "TTOGOV"),
        ("Port Moresby", "PNGGOV"),
        ("Kingstown", "VCTGOV"),
        ("Georgetown", "GUYGOV"),
    ],
)
def test_capitals_of_small_states_name_their_governments(actors_of, city, code):
    # Every UN member's capital is in capitals.tsv, not only the great powers': short news on
    # small states uses the capital as subject as often as big ones do.
    analysis = actors_of(f"{city} a convoqué l'ambassadeur du Canada après l'incident.")
    assert [m.code for m in analysis.mentions if m.text == city] == [code]


def test_countries_under_locatives_are_places(actors_of):
    analysis = actors_of(
        "Le ministre russe s'est rendu en Chine, puis au Vietnam. La Chine a salué sa visite."
    )
    assert [m.text for m in analysis.mentions if m.kind == "country"] == ["La Chine"]


def test_case_tells_acronyms_and_titles_from_common_words(actors_of):
    analysis = actors_of(
        "L'eau manque dans la région, selon l'UE. Les EAU ont démenti. "
        "Le Monde a révélé l'affaire. Le monde entier regarde la chine de porcelaine."
    )
    assert codes(analysis) == {"l'UE": "IGOEEU", "Les EAU": "ARE", "Le Monde": "FRAMED"}


def test_demonym_nouns_are_groups_but_adjectives_alone_are_not(actors_of):
    analysis = actors_of(
        "Les Russes et les Américains ont signé un accord sur les sanctions américaines."
    )
    assert codes(analysis) == {"Les Russes": "RUS", "les Américains": "USA"}
    assert {m.kind for m in analysis.mentions} == {"group"}


def test_coordinated_demonyms_give_two_mentions(actors_of):
    analysis = actors_of("Les diplomates russes et nord-coréens se sont rencontrés.")
    assert codes(analysis) == {"Les diplomates russes": "RUSGOV", "nord-coréens": "PRKGOV"}


def test_pronoun_takes_the_previous_subject(actors_of):
    analysis = actors_of(
        "Vladimir Poutine a annoncé sa visite au président turc Recep Tayyip Erdogan. "
        "Il a rencontré le chef de l'État turc à Sotchi.",
        published="2019-09-01",
    )
    il = find(analysis, "Il")
    assert (il.code, il.name, il.kind) == ("RUSGOV", "Vladimir Poutine", "pronoun")
    assert [m.text for m in analysis.chain(il)] == ["Il", "Vladimir Poutine"]


def test_definite_role_repeats_the_earlier_code(actors_of):
    analysis = actors_of(
        "Le ministère russe des Affaires étrangères a convoqué l'ambassadeur. "
        "Le ministère a ensuite publié un communiqué. Des journalistes ont posé des questions."
    )
    later = find(analysis, "Le ministère")
    assert later.code == "RUSGOV"
    assert find(analysis, "Des journalistes").code is None


def test_unknown_organisations_and_people_are_kept_unresolved(actors_of):
    analysis = actors_of("Le groupe Zorbatex et Jean Dupuis ont porté plainte.")
    unresolved = {m.text for m in analysis.mentions if m.code is None}
    assert "Jean Dupuis" in unresolved
    assert all(m.rule is None for m in analysis.mentions if m.code is None)


def test_lookup_by_token_and_span(actors_of):
    analysis = actors_of("Washington et Pyongyang ont repris le dialogue.")
    washington, pyongyang = analysis.mentions
    assert analysis.at_token(0) is washington and analysis.at_token(2) is pyongyang
    assert analysis.at_token(1) is None
    assert analysis.for_span(0, 3) == [washington, pyongyang]
    mention = washington.to_mention("a1")
    assert mention.kind == "actor" and mention.resolved == {"code": "USAGOV", "name": "États-Unis"}
    assert washington.to_ref().code == "USAGOV"


def test_a_title_heading_a_name_is_not_an_apposition_of_the_word_before(actors_of):
    analysis = actors_of(
        "Mercredi, le chancelier allemand Olaf Scholz a reçu son homologue.", "2023-07-12"
    )
    assert find(analysis, "Olaf Scholz").code == "DEUGOV"
    assert find(analysis, "le chancelier allemand").name == "Olaf Scholz"
    assert "Mercredi" not in {m.text for m in analysis.mentions}


def test_role_of_an_organisation_is_not_named_from_the_state_offices(actors_of):
    analysis = actors_of(
        "Le président de la Généralité, Carles Puigdemont, a appelé au dialogue.", "2017-10-02"
    )
    president = find(analysis, "Le président de la Généralité")
    assert (president.code, president.name) == ("ESPGOV", "Carles Puigdemont")


def test_title_names_the_person_the_recogniser_cut_short(actors_of):
    analysis = actors_of("L'opposant russe Alexeï Navalny a été arrêté à son retour.")
    navalny = find(analysis, "Alexeï Navalny")
    assert (navalny.code, navalny.kind) == ("RUSOPP", "person")


def test_seat_of_power_keeps_the_office(actors_of):
    analysis = actors_of("Le chef du Kremlin a reçu son homologue.", "2023-05-01")
    chief = find(analysis, "Le chef du Kremlin")
    assert (chief.code, chief.name) == ("RUSGOV", "Vladimir Poutine")


def test_pronoun_gender_skips_an_antecedent_of_the_other_gender(actors_of):
    analysis = actors_of(
        "La chancelière Angela Merkel a reçu le président Emmanuel Macron. "
        "Le président Emmanuel Macron a salué l'accord. Elle a ensuite quitté Paris.",
        published="2019-01-15",
    )
    elle = find(analysis, "Elle")
    assert (elle.code, elle.name) == ("DEUGOV", "Angela Merkel")


def test_languages_are_not_nationalities(actors_of):
    analysis = actors_of("Le document a été traduit du russe vers le français par les Ukrainiens.")
    assert codes(analysis) == {"les Ukrainiens": "UKR"}


def test_pronoun_window_counts_sentences_the_writer_ended(actors_of):
    # The parser cuts "Le président kényan | William | Ruto | est arrivé … Addis | -Abeba …":
    # five pieces, but one sentence before "Il".
    analysis = actors_of(
        "Le président kényan William Ruto est arrivé dimanche à Addis-Abeba pour une visite "
        "de deux jours. Il a appelé les dirigeants de la région à relancer le processus de paix.",
        published="2024-02-18",
    )
    assert find(analysis, "Il").code == "KENGOV"


def test_douma_is_the_russian_parliament_only_with_its_article(actors_of):
    town = actors_of("L'armée de l'air syrienne a largué une bombe sur un immeuble de Douma.")
    assert "RUSLEG" not in codes(town).values()
    speaker = actors_of("Le président de la Douma a dénoncé les sanctions.", "2023-05-01")
    assert find(speaker, "Le président de la Douma").code == "RUSLEG"


def test_a_title_of_a_body_takes_the_body_role(actors_of):
    analysis = actors_of(
        "Le dirigeant de l'opposition tunisienne a rencontré le porte-parole du gouvernement.",
        "2023-05-01",
    )
    leader = find(analysis, "Le dirigeant de l'opposition tunisienne")
    assert (leader.code, leader.name) == ("TUNOPP", None)


def test_a_lower_case_adjective_shared_with_a_country_is_the_nationality(actors_of):
    analysis = actors_of("La justice argentine a ouvert une enquête. L'Argentine a protesté.")
    assert codes(analysis) == {"La justice argentine": "ARGJUD", "L'Argentine": "ARG"}


def test_a_singular_pronoun_takes_an_agreeing_body_when_no_person_precedes(actors_of):
    analysis = actors_of(
        "L'armée ukrainienne a repris plusieurs villages. Elle a frappé un dépôt de munitions. "
        "La France a rappelé son ambassadeur. Il a protesté."
    )
    assert find(analysis, "Elle").code == "UKRMIL"
    assert find(analysis, "Il").code is None  # "la France" is feminine


def test_people_nouns_are_civilians_of_their_nationality(actors_of):
    analysis = actors_of(
        "Des enfants palestiniens ont été blessés. Des chrétiens irakiens ont fui. "
        "Des milliers de personnes ont été évacuées."
    )
    assert find(analysis, "Des enfants palestiniens").code == "PSECVL"
    assert find(analysis, "Des chrétiens irakiens").code == "IRQCVL"
    assert find(analysis, "personnes").code is None  # no nationality: the event's place decides


def test_a_role_of_a_named_office_holder_is_of_that_state(actors_of):
    analysis = actors_of("Le porte-parole de Vladimir Poutine a démenti.", published="2023-05-02")
    assert find(analysis, "Le porte-parole").code == "RUSGOV"
    assert find(analysis, "Vladimir Poutine").code == "RUSGOV"


def test_the_twenty_seven_are_the_european_union(actors_of):
    analysis = actors_of("Les Vingt-Sept ont convenu de geler les avoirs de la banque centrale.")
    assert find(analysis, "Les Vingt-Sept").code == "IGOEEU"
    count = actors_of("Vingt-sept soldats ont été blessés dans l'attaque.")
    assert all(m.code != "IGOEEU" for m in count.mentions)


def test_an_unknown_organisation_takes_the_country_of_its_adjective(actors_of):
    analysis = actors_of(
        "La Fédération nationale des producteurs de café kényans a dénoncé la mesure."
    )
    federation = find(analysis, "La Fédération nationale des producteurs de café kényans")
    assert (federation.code, federation.rule) == ("KENNGO", "fr/actors/demonyms.tsv#ken")


def test_an_unknown_organisation_takes_the_country_its_name_ends_with(actors_of):
    analysis = actors_of(
        "La Fédération des syndicats enseignants du Sénégal a rejeté l'accord. "
        "Le Bureau national anticorruption d'Ukraine a perquisitionné les locaux."
    )
    unions = find(analysis, "La Fédération des syndicats enseignants du Sénégal")
    assert (unions.code, unions.rule) == ("SENNGO", "fr/actors/countries.tsv#SEN")
    bureau = find(analysis, "Le Bureau national anticorruption d'Ukraine")
    assert bureau.code == "UKRNGO"


def test_unnamed_attackers_are_the_group_that_claims_them(actors_of):
    claimed = actors_of(
        "Un kamikaze a actionné sa ceinture d'explosifs devant un commissariat. "
        "L'attaque a été revendiquée par les shebab."
    )
    bomber = find(claimed, "Un kamikaze")
    assert (bomber.code, bomber.rule) == ("SOMREBSHB", "fr/actors/armed_groups.tsv#shebab")
    sworn = actors_of("Des hommes armés se réclamant de Boko Haram ont enlevé des écolières.")
    assert find(sworn, "Des hommes armés").code == "NGAREBBKH"
    unclaimed = actors_of("Des hommes armés ont attaqué un poste militaire avant l'aube.")
    assert find(unclaimed, "Des hommes armés").code is None


def test_one_soldier_or_police_officer_is_a_person_title(actors_of):
    analysis = actors_of(
        "Le lieutenant péruvien Julio Quispe a été arrêté à la frontière, où un gendarme "
        "bolivien avait été blessé la veille."
    )
    assert find(analysis, "Julio Quispe").code == "PERMIL"
    assert find(analysis, "un gendarme bolivien").code == "BOLCOP"


def test_a_known_name_extended_is_another_national_body(actors_of):
    extended = actors_of("Le Conseil de sécurité et de défense nigérien a fermé l'espace aérien.")
    council = find(extended, "Le Conseil de sécurité et de défense nigérien")
    assert (council.code, council.rule) == ("NERNGO", "fr/actors/demonyms.tsv#ner")
    national = actors_of("Le Conseil de sécurité nationale iranien s'est réuni samedi.")
    assert find(national, "Le Conseil de sécurité nationale iranien").code == "IRNNGO"
    both = actors_of("Le Conseil de sécurité et de nombreux pays ont condamné le coup d'État.")
    assert find(both, "Le Conseil de sécurité").code == "IGOUNO"


def test_a_pronoun_after_an_unresolved_subject_group_stays_unresolved(actors_of):
    analysis = actors_of(
        "Des hommes armés ont attaqué un village du nord du Mali. Ils ont incendié des maisons."
    )
    they = find(analysis, "Ils")
    assert they.code is None
    assert analysis.mentions[they.antecedent].text == "Des hommes armés"


def members_of(analysis, text):
    return [analysis.mentions[i].code for i in find(analysis, text).members]


def test_a_plural_pronoun_stands_for_every_coordinated_actor(actors_of):
    analysis = actors_of(
        "Le Chili et l'Argentine ont conclu mardi un accord sur les glaciers. "
        "Ils ont aussi créé une commission binationale.",
        published="2024-03-05",
    )
    # The antecedent (the nearest) first, then the others in text order.
    assert members_of(analysis, "Ils") == ["ARG", "CHL"]
    # A three-item list the parser splits (the verb read as a conjunct of the first item).
    analysis = actors_of(
        "La Norvège, la Suède et le Danemark ont renforcé leurs patrouilles. "
        "Ils ont dénoncé des survols de drones.",
        published="2025-10-01",
    )
    assert sorted(members_of(analysis, "Ils")) == ["DNK", "NOR", "SWE"]


def test_a_plural_pronoun_after_one_person_takes_the_other_party(actors_of):
    analysis = actors_of(
        "Le chancelier allemand Olaf Scholz a été reçu lundi par Narendra Modi. "
        "Ils ont signé un accord sur les migrations.",
        published="2024-10-25",
    )
    assert sorted(members_of(analysis, "Ils")) == ["DEUGOV", "INDGOV"]


def test_a_plural_pronoun_after_a_group_stands_for_it_alone(actors_of):
    analysis = actors_of(
        "Les diplomates iraniens sont arrivés à Oman. Ils ont rencontré le médiateur.",
        published="2025-04-12",
    )
    ils = find(analysis, "Ils")
    assert (ils.code, ils.members) == ("IRNGOV", ())


def test_a_plural_pronoun_after_one_person_takes_the_body_named_between(actors_of):
    # "ils" cannot be the minister alone: the country he addressed is meant.
    analysis = actors_of(
        "Le ministre turc des Affaires étrangères a sommé les Émirats arabes unis de "
        "cesser leur soutien, estimant qu'ils prolongent la guerre.",
        published="2025-06-03",
    )
    ils = find(analysis, "ils")
    assert (ils.code, ils.members) == ("ARE", ())


def test_a_movement_named_with_a_nationality_is_its_national_society(actors_of):
    analysis = actors_of(
        "La Croix-Rouge norvégienne a livré des médicaments ; "
        "le Croissant-Rouge turc a monté des tentes. Le CICR a salué leur travail."
    )
    assert find(analysis, "La Croix-Rouge norvégienne").code == "NORNGO"
    assert find(analysis, "le Croissant-Rouge turc").code == "TURNGO"
    # the international committee is no national society: docs/annotation.md codes a body
    # outside its table by the country of its seat
    assert find(analysis, "Le CICR").code == "CHENGO"


def test_unnamed_gunmen_and_bandits_are_role_phrases_for_the_place(actors_of):
    analysis = actors_of(
        "Des bandits maliens ont attaqué un convoi. Des ravisseurs nigérians ont libéré "
        "des otages et des individus armés burkinabés ont incendié un marché."
    )
    assert find(analysis, "Des bandits maliens").code == "MLICRM"
    assert find(analysis, "Des ravisseurs nigérians").code == "NGACRM"
    assert find(analysis, "des individus armés burkinabés").code == "BFAUAF"


def test_vessels_with_a_nationality_act_for_their_country(actors_of):
    analysis = actors_of(
        "Un méthanier grec a été saisi par une frégate iranienne, "
        "tandis qu'un navire de pêche chinois a percuté un bateau vietnamien."
    )
    assert find(analysis, "Un méthanier grec").code == "GRC"
    assert find(analysis, "une frégate iranienne").code == "IRNMIL"
    assert find(analysis, "un navire de pêche chinois").code == "CHN"
    assert find(analysis, "un bateau vietnamien").code == "VNM"


def test_a_charge_d_affaires_is_a_diplomat_of_his_state(actors_of):
    analysis = actors_of("Riga a convoqué la chargée d'affaires azérie.")
    assert find(analysis, "la chargée d'affaires azérie").code == "AZEGOV"


def test_a_form_of_state_names_back_the_one_state_of_that_form(actors_of):
    analysis = actors_of(
        "L'Irak, la Jordanie et l'Iran ont dénoncé le Koweït, puis l'Irak a fermé "
        "sa frontière avec l'émirat et rappelé son ambassadeur au royaume."
    )
    # four states named, one emirate and one kingdom among them
    assert find(analysis, "l'émirat").code == "KWT"
    assert find(analysis, "royaume").code == "JOR"


def test_prosecutors_and_courts_with_a_rank_keep_their_country(actors_of):
    analysis = actors_of(
        "Le parquet général moldave a inculpé l'ancien ministre, "
        "et la Cour de cassation roumaine a confirmé la peine."
    )
    assert find(analysis, "Le parquet général moldave").code == "MDAJUD"
    assert find(analysis, "la Cour de cassation roumaine").code == "ROUJUD"


def test_a_person_with_a_double_nationality_takes_the_first(actors_of):
    # "égypto-britannique", "franco-algérien": one person, two passports; the news is about
    # the state the first part names.
    analysis = actors_of("La chercheuse irano-française Fariba Adelkhah a été libérée à Téhéran.")
    assert find(analysis, "La chercheuse irano-française").code == "IRNCVL"
    assert find(analysis, "Fariba Adelkhah").code == "IRNCVL"
    analysis = actors_of("Le journaliste américano-russe a été condamné par un tribunal.")
    assert find(analysis, "Le journaliste américano-russe").code == "USAMED"


def test_a_capital_naming_an_event_or_a_place_within_it_is_no_actor(actors_of):
    # "l'insurrection de Varsovie", "le port de Tripoli": the city is where, not who.
    analysis = actors_of("Le chancelier allemand a fleuri le mémorial du soulèvement de Budapest.")
    assert not [m for m in analysis.mentions if m.code == "HUNGOV"]
    analysis = actors_of("Un incendie a ravagé le port de Tripoli.")
    assert not [m for m in analysis.mentions if m.code == "LBYGOV"]


def test_an_organisation_word_heading_another_name_is_not_the_organisation(actors_of):
    # "Alliance" alone is NATO; "l'Alliance de …" heads a name the lexicon does not hold.
    analysis = actors_of(
        "Les combattants de l'Alliance du peuple libre ont repris la ville de Lashio."
    )
    assert not [m for m in analysis.mentions if m.code == "IGOWSTNAT"]
    analysis = actors_of("La Norvège a accueilli les manœuvres de l'Alliance d'ici la fin mars.")
    assert [m for m in analysis.mentions if m.code == "IGOWSTNAT"]
    analysis = actors_of("La Suède a rejoint l'Alliance après deux ans d'attente.")
    assert find(analysis, "l'Alliance").code == "IGOWSTNAT"


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("La Colombie-Britannique a déclaré l'état d'urgence.", "La Colombie-Britannique", "CAN"),
        ("La Nouvelle-Écosse a annoncé des mesures d'aide.", "La Nouvelle-Écosse", "CAN"),
        ("Le Nouveau-Mexique a voté une loi sur l'eau.", "Le Nouveau-Mexique", "USA"),
        ("L'Irlande du Nord a rejeté le protocole.", "L'Irlande du Nord", "GBR"),
        (
            "La Nouvelle-Galles du Sud a interdit les rassemblements.",
            "La Nouvelle-Galles du Sud",
            "AUS",
        ),
    ],
)
def test_a_region_named_after_another_country_is_its_own_state(actors_of, text, mention, code):
    assert find(actors_of(text), mention).code == code


def test_a_militant_in_a_region_named_after_another_country(actors_of):
    analysis = actors_of("Le militant sikh a été tué à Surrey, en Colombie-Britannique.")
    assert not [m for m in analysis.mentions if m.code and m.code[:3] in ("COL", "GBR")]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("L'Agence des Nations unies pour les réfugiés a installé des tentes.", "IGOUNOHCR"),
        ("L'agence de l'ONU pour les réfugiés palestiniens a suspendu ses écoles.", "IGOUNOREF"),
        ("L'agence onusienne pour l'enfance a vacciné des milliers d'enfants.", "IGOUNOCHR"),
        ("L'agence de l'ONU pour les migrations a affrété un avion.", "IGOUNO"),
        ("L'agence de l'ONU pour l'alimentation a alerté sur la récolte.", "IGOUNOAGR"),
    ],
)
def test_un_agencies_by_what_they_do(actors_of, text, code):
    assert actors_of(text).mentions[0].code == code


def test_the_ends_of_a_route_are_places(actors_of):
    # "reliant X à Y", "qui relie X à Y": the capitals are where the road runs, not governments.
    analysis = actors_of("Des routiers bulgares ont bloqué la route qui relie Sofia à Plovdiv.")
    assert not [m for m in analysis.mentions if m.code == "BGRGOV"]
    analysis = actors_of(
        "Des agriculteurs grecs ont bloqué l'autoroute reliant Athènes au port du Pirée."
    )
    assert not [m for m in analysis.mentions if m.code == "GRCGOV"]
    assert find(analysis, "Des agriculteurs grecs").code == "GRCAGR"


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        (
            "Tokyo a protesté après le survol d'Okinawa par un avion espion chinois.",
            "un avion espion chinois",
            "CHNMIL",
        ),
        (
            "Manille a dénoncé le lancement d'un satellite espion chinois au-dessus de l'archipel.",
            "un satellite espion chinois",
            "CHNMIL",
        ),
        (
            "Des avions militaires russes ont violé l'espace aérien estonien.",
            "Des avions militaires russes",
            "RUSMIL",
        ),
    ],
)
def test_military_aircraft_and_satellites_act_for_their_armed_forces(
    actors_of, text, mention, code
):
    assert find(actors_of(text), mention).code == code


def test_a_drone_or_a_missile_is_no_actor(actors_of):
    analysis = actors_of("Tokyo et Séoul partagent leurs données sur les missiles nord-coréens.")
    assert not [m for m in analysis.mentions if m.code == "PRKMIL"]


def test_an_air_defence_acts_for_the_armed_forces_its_adjective_names(actors_of):
    analysis = actors_of(
        "Vilnius impute la chute du drone à un tir de la défense antiaérienne biélorusse."
    )
    assert find(analysis, "la défense antiaérienne biélorusse").code == "BLRMIL"
    analysis = actors_of(
        "Le président russe a reçu son homologue. La défense aérienne a abattu un drone."
    )
    assert not [m for m in analysis.mentions if m.code == "RUSMIL"]


def test_a_plural_pronoun_resumes_a_group_counted_as_subject_not_the_source(actors_of):
    analysis = actors_of(
        "Des centaines de villageois ont bloqué la route nationale, selon les Nations unies. "
        "Ils réclamaient l'accès à l'eau potable."
    )
    assert find(analysis, "Ils").code != "IGOUNO"


def test_a_mixed_case_dateline_is_where_the_story_was_filed(actors_of):
    # "Tokyo, 12 mars (Kyodo) -": a dateline even out of capitals; the same city as the
    # subject of the story's first sentence is the government.
    analysis = actors_of("Tokyo, 12 mars (Kyodo) - Tokyo a protesté contre le survol.")
    assert [m.code for m in analysis.mentions if m.text == "Tokyo"] == ["JPNGOV"]
    assert [m.start for m in analysis.mentions if m.text == "Tokyo"] == [25]


def test_feminine_group_adjective_names_whose_authorities(actors_of):
    # "talibanes" agrees with "autorités": the Taliban's authorities, not the country the
    # sentence before named (the United Kingdom).
    analysis = actors_of(
        "Le Japon a promis une aide alimentaire. "
        "Les autorités talibanes ont réclamé la levée du gel de leurs avoirs."
    )
    assert find(analysis, "Les autorités talibanes").country == "AFG"


def test_office_holder_outweighs_the_country_of_the_sentence_before(actors_of):
    # The Prime Minister named after a Venezuelan sentence is Trinidad's, as her name says.
    analysis = actors_of(
        "Caracas a suspendu un accord gazier avec son voisin. "
        "La Première ministre Kamla Persad-Bissessar a répondu qu'elle ne céderait pas.",
        published="2025-10-27",
    )
    assert find(analysis, "Kamla Persad-Bissessar").code == "TTOGOV"
    assert find(analysis, "La Première ministre").code == "TTOGOV"


def test_country_hyphenated_into_a_name_is_no_country(actors_of):
    # "Brésil-Foods" is a team's name: neither Brazil nor the country of the police after it.
    analysis = actors_of(
        "Des supporteurs ont sifflé l'équipe Brésil-Foods Racing. "
        "La police a interpellé trois personnes."
    )
    assert "BRA" not in {m.country for m in analysis.mentions}


def test_subject_after_a_closing_verb_of_saying_acts(actors_of):
    # The parser makes "la ministre" the object of "a annoncé"; she is who announces, and the
    # one state acting in her sentence is hers.
    analysis = actors_of(
        "Le Ghana va rouvrir sa frontière avec le Togo, a annoncé jeudi la ministre de l'Intérieur."
    )
    assert find(analysis, "la ministre de l'Intérieur").code == "GHAGOV"


def test_definite_organisation_resumes_the_last_one_named(actors_of):
    # "L'organisation", three sentences after Amnesty International, is Amnesty.
    analysis = actors_of(
        "Amnesty International a publié mardi un rapport sur les prisons du pays. "
        "Le gouvernement a dénoncé des mensonges. Les détenus restent sans avocat. "
        "L'organisation réclame une enquête indépendante."
    )
    resumed = find(analysis, "L'organisation")
    assert resumed.code == "NGOHRIAMN"
    assert analysis.mentions[resumed.antecedent].text == "Amnesty International"


def test_definite_ngo_resumes_the_ngo_before_the_context_country(actors_of):
    # "L'ONG" is also the bare role of "les ONG britanniques": the singular resumes Amnesty
    # International, not a Nigerian NGO read off the sentence before.
    analysis = actors_of(
        "Amnesty International a publié jeudi un rapport sur l'armée nigériane. "
        "Les soldats nigérians auraient tué des dizaines de villageois. "
        "L'ONG accuse le gouvernement de couvrir ces crimes."
    )
    resumed = find(analysis, "L'ONG")
    assert resumed.code == "NGOHRIAMN"
    assert analysis.mentions[resumed.antecedent].text == "Amnesty International"


def test_plural_pronoun_resumes_the_plural_object_of_a_singular_state(actors_of):
    # "Ils" cannot be Thailand alone: it is the Burmese workers Thailand expelled.
    analysis = actors_of(
        "La Thaïlande a expulsé 40 ouvriers birmans vers leur pays. "
        "Ils ont été arrêtés par la police birmane à leur arrivée."
    )
    pronoun = find(analysis, "Ils")
    assert pronoun.country == "MMR"
    assert analysis.mentions[pronoun.antecedent].text == "ouvriers birmans"


def test_strongman_is_the_ruler_of_his_country(actors_of):
    # "l'homme fort du Soudan" rules Sudan: no private "homme" of the story's country.
    analysis = actors_of(
        "NAIROBI (AFP) - Le président kényan a reçu jeudi l'homme fort du Soudan, "
        "le général Abdel Fattah al-Burhane."
    )
    assert find(analysis, "l'homme fort du Soudan").code == "SDNGOV"


def test_counted_leaders_are_the_two_sides_of_the_last_act(actors_of):
    # The Malian president, named last in a relative clause, is no side of the talks.
    analysis = actors_of(
        "Le président sénégalais s'est entretenu jeudi avec le président mauritanien, "
        "au lendemain d'un forum auquel avait aussi participé le président malien. "
        "Les deux dirigeants ont signé un accord sur la pêche."
    )
    counted = find(analysis, "Les deux dirigeants")
    assert [analysis.mentions[j].country for j in counted.members] == ["SEN", "MRT"]


def test_a_plural_pronoun_after_a_counted_noun_stands_for_its_parties(actors_of):
    # "ils" resumes "Les deux dirigeants", which stands for the two presidents: both, not
    # the first alone.
    analysis = actors_of(
        "Le président kényan et son homologue tanzanien se sont vus lundi à Arusha. "
        "Les deux dirigeants ont été accueillis par le maire de la ville. "
        "Selon un communiqué, ils ont signé un accord sur le port."
    )
    assert sorted(members_of(analysis, "ils")) == ["KENGOV", "TZAGOV"]


def test_counted_neighbours_are_two_states_named_before(actors_of):
    # "les deux voisins" counts the two countries, not the Union named between them.
    analysis = actors_of(
        "Le Kenya accuse l'Ouganda d'avoir franchi sa frontière. "
        "L'Union africaine a appelé les deux voisins à la retenue."
    )
    counted = find(analysis, "les deux voisins")
    assert [analysis.mentions[j].code for j in counted.members] == ["KEN", "UGA"]
    # An organisation is no "pays": with one state named, nothing is counted.
    analysis = actors_of(
        "Le FMI a approuvé un prêt, malgré l'Inde, qui voulait le bloquer en pleine escalade "
        "entre les deux voisins."
    )
    assert all(not m.members for m in analysis.mentions)


def test_a_capital_hosting_an_institution_is_its_own_state_in_a_story_about_it(code_fr):
    # "Bruxelles" is the EU by default; in a Rwanda-Belgium story that names no EU body, the
    # capital stands for the Belgian government.
    coded = code_fr(
        "Le Rwanda a rompu mardi ses relations diplomatiques avec la Belgique. Bruxelles a "
        "qualifié la décision de « disproportionnée »."
    )
    assert ("111", "BELGOV", "RWA") in {
        (e.cameo, e.source.code, e.target.code if e.target else None) for e in coded.events
    }


def test_a_transliteration_of_a_leader_s_name_names_him(actors_of):
    analysis = actors_of("Benyamin Netanyahu a reçu le secrétaire d'État.", published="2024-02-01")
    assert find(analysis, "Benyamin Netanyahu").code == "ISRGOV"


def test_the_organisation_does_not_resume_the_wire_credit(actors_of):
    analysis = actors_of(
        "DAKAR, 3 mai (AFP) - L'ONG sénégalaise Jamra a été suspendue. Le ministre a affirmé "
        "que l'organisation recevait des fonds étrangers."
    )
    assert find(analysis, "l'organisation").code == "SENNGO"


def test_alliance_with_an_adjective_is_another_name_than_nato(actors_of):
    analysis = actors_of(
        "L'Alliance patriotique a dénoncé la réforme. La Suède a rejoint l'Alliance."
    )
    assert find(analysis, "l'Alliance").code == "IGOWSTNAT"
    assert all(m.code != "IGOWSTNAT" for m in analysis.mentions if m.text.startswith("L'Alliance"))


def test_a_bare_counterpart_is_the_one_named_before_or_the_datelines(actors_of):
    named = actors_of(
        "Le président ghanéen et son homologue togolais devaient se voir lundi. Le président "
        "ghanéen est rentré sans avoir rencontré son homologue."
    )
    assert find(named, "homologue").code == "TGOGOV"
    filed = actors_of("LOMÉ, 3 mai (AFP) - Le président ghanéen a félicité son homologue.")
    assert find(filed, "homologue").code == "TGOGOV"
    unplaced = actors_of("Le président ghanéen a félicité son homologue.")
    assert all(m.text != "homologue" for m in unplaced.mentions)


def test_a_title_with_a_complement_no_lexicon_covers_takes_the_apposed_name(actors_of):
    analysis = actors_of(
        "La présidente de la Commission, Ursula von der Leyen, a été reçue à Athènes par le "
        "Premier ministre grec.",
        published="2024-05-02",
    )
    assert find(analysis, "La présidente").code == "IGOEEU"
    assert find(analysis, "Ursula von der Leyen").code == "IGOEEU"


def test_unnamed_attackers_are_the_group_the_authorities_blame(actors_of):
    blamed = actors_of(
        "Des hommes armés ont abattu onze villageois près de la frontière. Le gouvernement a "
        "imputé la tuerie à Boko Haram."
    )
    assert find(blamed, "Des hommes armés").code == "NGAREBBKH"


def test_a_body_called_european_is_the_unions_not_the_storys_state(actors_of):
    # The dateline and the ministry make the story Slovenian; "européen" makes the
    # prosecutor's office and the executive the Union's. Countries stay countries.
    analysis = actors_of(
        "LJUBLJANA, 3 mars (AFP) - Le Parquet européen a ouvert une enquête visant le "
        "ministère slovène de la Santé. L'exécutif européen a demandé des explications. "
        "Plusieurs pays européens ont salué la décision.",
        published="2025-03-03",
    )
    assert find(analysis, "Le Parquet européen").code == "IGOEEU"
    assert find(analysis, "L'exécutif européen").code == "IGOEEU"
    assert all(m.code != "IGOEEU" for m in analysis.mentions if "pays" in m.text)
