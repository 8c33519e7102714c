"""Sources and targets of events: the rules of ``faits.events.arguments`` on news sentences."""

from __future__ import annotations

from faits.records import CodedArticle


def pairs(coded: CodedArticle, prefix: str) -> list[tuple[str, str | None]]:
    """(source country, target country) of the events whose CAMEO code starts with ``prefix``."""
    return sorted(
        (e.source.code[:3], e.target.code[:3] if e.target else None)
        for e in coded.events
        if e.cameo.startswith(prefix) and e.source
    )


def test_nationality_adjective_on_the_object_is_the_target(code_fr):
    coded = code_fr(
        "Les Gardiens de la révolution ont saisi deux pétroliers grecs dans le golfe Persique."
    )
    assert pairs(coded, "17") == [("IRN", "GRC")]


def test_nationality_adjective_on_a_proposal_is_its_author(code_fr):
    coded = code_fr("Washington a rejeté la proposition russe d'un moratoire sur les missiles.")
    assert pairs(coded, "12") == [("USA", "RUS")]


def test_adjective_only_sentence_is_coded(code_fr):
    # No named actor at all: the adjectives alone carry source and target.
    coded = code_fr("L'armée azerbaïdjanaise a attaqué les positions arméniennes.")
    assert pairs(coded, "19") == [("AZE", "ARM")]


def test_noun_completed_by_an_infinitive_gives_its_author(code_fr):
    coded = code_fr(
        "L'Allemagne ne soutient pas la décision américaine de reconnaître Jérusalem "
        "comme capitale d'Israël."
    )
    assert pairs(coded, "054") == [("USA", "ISR")]
    assert ("DEU", "USA") in pairs(coded, "051")


def test_own_nationals_are_not_a_second_addressee(code_fr):
    coded = code_fr(
        "Le Quai d'Orsay a appelé Téhéran à libérer sans délai les ressortissants français "
        "qu'il détient."
    )
    assert pairs(coded, "02") == [("FRA", "IRN")]


def test_one_target_named_twice_gives_one_event(code_fr):
    # "son homologue russe" and "Sergueï Lavrov" are two mentions of one actor.
    coded = code_fr(
        "La ministre sud-africaine des Affaires étrangères Naledi Pandor a reçu lundi à "
        "Pretoria son homologue russe Sergueï Lavrov.",
        published="2023-01-23",
    )
    assert pairs(coded, "043") == [("ZAF", "RUS")]


def test_civilians_take_the_country_where_they_are_hit(code_fr):
    coded = code_fr("Les troupes russes ont tué des centaines de civils à Marioupol.")
    assert ("RUS", "UKR") in {
        (e.source.code[:3], e.target.code[:3]) for e in coded.events if e.target
    }


def test_protesters_take_the_country_of_the_city(code_fr):
    coded = code_fr("La police a dispersé les manifestants à Tbilissi avec des canons à eau.")
    assert pairs(coded, "17") == [("GEO", "GEO")]


def test_own_army_deployed_is_not_a_target(code_fr):
    # No place: the army stays unresolved rather than taking the government's country.
    coded = code_fr("Le gouvernement équatorien a déployé l'armée dans les rues.")
    assert pairs(coded, "15") == [("ECU", None)]


def test_subject_coordination_the_parser_split_gives_both_sides(code_fr):
    # The parser makes "Inde" the root and "Pakistan" alone the subject of "ont échangé".
    coded = code_fr("L'Inde et le Pakistan ont échangé des tirs d'artillerie au Cachemire.")
    assert pairs(coded, "19") == [("IND", "PAK"), ("PAK", "IND")]


def test_country_inside_a_place_name_is_no_target(code_fr):
    coded = code_fr(
        "Les garde-côtes japonais et philippins ont effectué jeudi leur premier exercice "
        "conjoint en mer de Chine méridionale."
    )
    assert pairs(coded, "06") == [("JPN", "PHL"), ("PHL", "JPN")]


def test_subject_split_off_by_the_parser_is_found_by_word_order(code_fr):
    # The parser ends a sentence after "Pékin"; the auxiliary is skipped to reach it.
    coded = code_fr("Pékin a exigé des excuses de Tokyo.")
    assert pairs(coded, "10") == [("CHN", "JPN")]


def test_agentless_passive_takes_no_source_from_the_words_before_it(code_fr):
    coded = code_fr(
        "Le Premier ministre hongrois, qui menace de bloquer les négociations avec "
        "l'Ukraine, a été reçu jeudi à Paris."
    )
    assert ("UKR", "HUN") not in pairs(coded, "04")


def test_force_with_no_named_target_strikes_the_country_where_it_happens(code_fr):
    coded = code_fr("L'aviation russe a bombardé plusieurs villages dans la province d'Idleb.")
    assert pairs(coded, "19") == [("RUS", "SYR")]


def test_participle_on_the_object_names_whom_it_aims_at(code_fr):
    coded = code_fr(
        "Les États-Unis ont assoupli les sanctions visant le secteur pétrolier du Venezuela."
    )
    assert pairs(coded, "08") == [("USA", "VEN")]


def test_agent_of_a_participle_on_the_object_is_no_target(code_fr):
    coded = code_fr("Israël a démoli une école financée par l'Union européenne à Hébron.")
    assert all(target != "IGO" for _, target in pairs(coded, "17"))


def test_passive_agent_hung_on_another_word_of_the_clause(code_fr):
    # The parser attaches "par les forces soudanaises" to "reprises", not to the verb.
    coded = code_fr("La trêve a été violée à plusieurs reprises par les forces soudanaises.")
    assert [s for s, _ in pairs(coded, "")] == ["SDN"]


def test_counted_people_arrested_by_their_police(code_fr):
    coded = code_fr("La police iranienne a arrêté une dizaine de journalistes.")
    assert pairs(coded, "17") == [("IRN", "IRN")]


def test_direct_object_is_the_addressee_not_a_country_in_the_complement(code_fr):
    coded = code_fr(
        "Des syndicats italiens ont appelé le gouvernement de Giorgia Meloni à renoncer à son "
        "accord migratoire avec l'Albanie."
    )
    assert pairs(coded, "02") == [("ITA", "ITA")]


def test_mediator_between_two_parties(code_fr):
    coded = code_fr("Le Koweït s'est proposé comme médiateur entre Riyad et Téhéran.")
    assert pairs(coded, "03") == [("KWT", "IRN"), ("KWT", "SAU")]


def test_place_seized_gives_the_target(code_fr):
    coded = code_fr("Les forces russes ont pris le contrôle de la ville de Bakhmout.")
    assert pairs(coded, "19") == [("RUS", "UKR")]


def test_object_after_a_time_and_a_place_word(code_fr):
    coded = code_fr("Le président turc a reçu vendredi à Ankara le Premier ministre grec.")
    assert pairs(coded, "043") == [("TUR", "GRC")]


def test_informant_is_never_the_target(code_fr):
    coded = code_fr(
        "La Chine pourrait sanctionner des entreprises américaines, selon des diplomates japonais."
    )
    assert pairs(coded, "16") == [("CHN", "USA")]


def test_subject_between_two_parties_acts_both_ways(code_fr):
    coded = code_fr("Les pourparlers entre l'Arménie et l'Azerbaïdjan ont abouti à un accord.")
    assert pairs(coded, "057") == [("ARM", "AZE"), ("AZE", "ARM")]


def test_strike_named_by_its_subject_noun_hits_the_verbs_object(code_fr):
    # The subject "frappe" names no actor (its adjective is on "missile"): the noun event
    # carries the act, aimed at the verb's object.
    coded = code_fr("Une frappe de missile russe a tué un général ukrainien.")
    assert pairs(coded, "19") == [("RUS", "UKR")]


def test_strike_in_an_agentless_passive_hits_its_patient(code_fr):
    coded = code_fr("Le général syrien a été tué mardi dans une frappe israélienne.")
    assert pairs(coded, "19") == [("ISR", "SYR")]


def test_strike_whose_subject_names_the_author_is_coded_once(code_fr):
    coded = code_fr("Des frappes aériennes russes ont visé des positions ukrainiennes.")
    assert pairs(coded, "19") == [("RUS", "UKR")]


def test_nameless_assailant_takes_its_victims_country(code_fr):
    coded = code_fr("Le ministre colombien de la Défense a été blessé par un homme armé.")
    assert pairs(coded, "18") == [("COL", "COL")]


def test_assailant_whose_phrase_names_a_country_keeps_it(code_fr):
    coded = code_fr(
        "Le président a été assassiné par un commando composé de mercenaires vénézuéliens à Bogota."
    )
    assert ("COL", "COL") not in pairs(coded, "18")


def test_the_two_leaders_are_the_two_named_before(code_fr):
    coded = code_fr(
        "Le chancelier allemand a rencontré mardi le président brésilien à Brasilia. "
        "Les deux dirigeants ont convenu de renforcer leur coopération."
    )
    assert pairs(coded, "05") == [("BRA", "DEU"), ("DEU", "BRA")]
