"""Which reading of a trigger the lexicon gives first, and whom a noun trigger's "de X" names."""

from __future__ import annotations

from faits.events.lexicon import parse_pattern


def parse(text: str, code: str = "111"):
    entry = {"id": "x", "code": code}
    return parse_pattern(
        text, rule="r", entry=entry, kind="verb", reflexives=frozenset({"se"}), contractions={}
    )


def test_a_complement_a_preposition_introduces_is_tried_first_on_a_tie():
    """ "condamnés pour troubles": the conviction (116) before the condemnation (111)."""
    convict, condemn = parse("condamner pour [*]", "116"), parse("condamner [*]")
    assert convict.specificity == condemn.specificity
    assert convict.rank < condemn.rank
    assert sorted([condemn, convict], key=lambda p: p.rank)[0] is convict


def test_more_specific_patterns_still_come_first():
    assert parse("condamner [*] à [prison]", "116").rank < parse("condamner pour [*]", "116").rank


def test_a_court_convicting_for_an_offence_is_a_sentence(code_fr):
    coded = code_fr(
        "Des militants de l'opposition guinéenne ont été condamnés pour troubles à l'ordre "
        "public par un tribunal de Conakry.",
        published="2024-03-01",
    )
    assert [e.cameo for e in coded.events] == ["116"]


def test_the_party_a_dissolution_names_is_not_its_author(code_fr):
    """ "la dissolution du parti X": X is dissolved; the noun names no one who dissolves it."""
    coded = code_fr(
        "Après la dissolution du PDCI, ses dirigeants ont quitté la Côte d'Ivoire.",
        published="2024-03-01",
    )
    assert [
        (e.cameo, e.source and e.source.code) for e in coded.events if e.cameo_root == "17"
    ] == []


def test_a_court_ordering_a_named_group_dissolved(code_fr):
    coded = code_fr(
        "Un tribunal de Tunis a prononcé la dissolution d'Ennahdha.", published="2024-03-01"
    )
    assert [(e.cameo, e.source and e.source.code) for e in coded.events] == [("1722", "TUNJUD")]


def test_a_resignation_that_answers_no_one_is_not_a_concession(code_fr):
    """0831 yields to those who demanded the resignation; none is named here."""
    coded = code_fr(
        "Le ministre malien de la Justice, qui avait démissionné en mars, a quitté Bamako.",
        published="2024-03-01",
    )
    assert [e.cameo for e in coded.events if e.cameo == "0831"] == []


def test_going_to_the_scene_is_no_surrender(code_fr):
    """ "se rendre sur place" is a trip (04.yaml#visiter) with no place actor, not 0874."""
    coded = code_fr(
        "Le président nigérien s'est rendu sur place après l'attaque contre la caserne.",
        published="2024-03-01",
    )
    assert [e.cameo for e in coded.events if e.cameo.startswith("087")] == []


def test_a_count_by_the_hundred_outranks_a_class_of_words():
    """ "renvoyer [#hundreds]" (201) before "renvoyer [ressortissant]" (174)."""
    mass, some = parse("renvoyer [#hundreds]", "201"), parse("renvoyer [ressortissant]", "174")
    assert mass.rank < some.rank


def test_nationals_sent_back_by_the_hundred_are_a_mass_expulsion(code_fr):
    coded = code_fr(
        "La Thaïlande a renvoyé au Cambodge plus de 500 ressortissants cambodgiens.",
        published="2024-03-01",
    )
    assert [e.cameo for e in coded.events if e.cameo_root in ("17", "20")] == ["201"]


def test_a_massacre_with_no_victims_named_is_no_event(code_fr):
    """20.yaml#tueries-masse needs a target: the dev gold names one in all 38 of its 202
    events, and target-less 202s were 5 false events (dev-0577, 0763, 0880, 1432, 1714)."""
    coded = code_fr(
        "Les combattants de Boko Haram ont fait des dizaines de morts lors de l'attaque.",
        published="2024-03-01",
    )
    assert [e.cameo for e in coded.events if e.cameo == "202"] == []


def test_a_crowd_dispersed_with_no_party_named_is_no_repression(code_fr):
    """17.yaml#repression needs a target: 32 of 32 gold 175 events name one."""
    coded = code_fr(
        "La police togolaise a réprimé la marche de mardi.",
        published="2024-03-01",
    )
    assert [e.cameo for e in coded.events if e.cameo == "175"] == []


def test_people_released_with_no_party_named_is_no_release(code_fr):
    """08.yaml#liberer-personnes needs a target: 46 of 46 gold 0841 events name one."""
    coded = code_fr(
        "Les rebelles houthis ont relâché mardi une vingtaine de personnes.",
        published="2024-03-01",
    )
    assert [e.cameo for e in coded.events if e.cameo == "0841"] == []


def test_a_plan_rejected_with_no_author_named_is_no_127(code_fr):
    """12.yaml#rejeter-plan needs a target: 4 of 4 gold 127 events name one."""
    coded = code_fr(
        "L'opposition malienne a rejeté le projet de constitution mardi.",
        published="2024-03-01",
    )
    assert [e.cameo for e in coded.events if e.cameo == "127"] == []


def test_an_armed_group_attacking_a_military_post_is_no_riot(code_fr):
    """14.yaml#emeute takes a police station or post; a military post attacked is a fight (19)."""
    coded = code_fr(
        "Des jihadistes du JNIM ont attaqué un poste militaire burkinabè près de Djibo.",
        published="2024-03-01",
    )
    assert [e.cameo_root for e in coded.events] == ["19"]


def test_looting_that_accompanies_another_act_is_no_riot(code_fr):
    """No bare "pillage" noun: 0 of 4 dev mentions is a gold 145."""
    coded = code_fr(
        "Bamako dénonce des arrestations « arbitraires », accompagnées de pillages et de violences.",
        published="2024-03-01",
    )
    assert [e.cameo for e in coded.events if e.cameo_root == "14"] == []


def test_a_gathering_that_was_targeted_is_no_protest(code_fr):
    """No bare "rassemblement" noun: 0 of 13 dev mentions is a gold 141."""
    coded = code_fr(
        "L'état-major nigérian a affirmé avoir visé un rassemblement de combattants.",
        published="2024-03-01",
    )
    assert [e.cameo for e in coded.events if e.cameo_root == "14"] == []


def test_a_state_condemning_its_own_rebels_aims_at_them(code_fr):
    """A government's condemnation naming no act answers the act told before, even when its
    author is of the government's own country, so long as it is not the state itself (its
    rebels, army, police, rioters): coder._told_author."""
    coded = code_fr(
        "Des séparatistes ont attaqué un poste de police dans le nord-ouest du Cameroun. "
        "Le gouvernement camerounais a condamné un acte « barbare ».",
        published="2024-03-01",
    )
    assert [
        (e.source and e.source.code, e.target and e.target.code)
        for e in coded.events
        if e.cameo == "111"
    ] == [("CMRGOV", "CMRREB")]


def test_an_actor_accused_by_another_in_a_participle_is_a_status(code_fr):
    """ "l'AIEA, accusée par Téhéran de partialité": a participle with its agent on an actor
    gives that actor a standing status, no accusation of its own (docs/annotation.md); a
    verbless headline's participle stays its predicate."""
    coded = code_fr(
        "Le Niger a suspendu sa coopération avec l'OMS, accusée par Niamey de partialité.",
        published="2024-03-01",
    )
    assert [e.cameo for e in coded.events if e.cameo_root == "11"] == []
    headline = code_fr(
        "Un opposant biélorusse condamné par un tribunal à dix ans de prison",
        published="2024-03-01",
    )
    assert [e.cameo_root for e in headline.events] == ["11"]


def test_a_condemnation_with_no_one_condemned_is_no_event(code_fr):
    """11.yaml#condamner needs a target: with none found, the condemned act's author is
    missing from the record or missed by the argument rules, and the event is most often
    wrong (over all dev: 49 false events for 7 true ones); one naming its target stays."""
    alone = code_fr(
        "Le ministère russe des Affaires étrangères a dénoncé mardi une « provocation ».",
        published="2024-03-01",
    )
    assert [e.cameo_root for e in alone.events] == []
    aimed = code_fr(
        "Le ministère russe des Affaires étrangères a dénoncé mardi une « provocation » de "
        "la Pologne.",
        published="2024-03-01",
    )
    assert [(e.cameo_root, e.target and e.target.code) for e in aimed.events] == [("11", "POL")]


def test_crowds_pressing_forward_make_no_appeal(code_fr):
    """ "se presser" (to crowd) is another word than "presser X de" (to urge): roles.yaml
    #reflexive-senses, so only a pattern written reflexive reads it."""
    coded = code_fr(
        "La police kényane a dispersé la foule à Mombasa, où des milliers d'habitants "
        "s'étaient pressés pour accueillir le cercueil d'un ancien ministre.",
        published="2024-03-01",
    )
    assert [e.cameo_root for e in coded.events if e.cameo_root == "02"] == []


def test_an_appeal_of_a_verdict_is_aimed_at_no_one(code_fr):
    """ "a fait appel": a lawsuit (115) against no one, not at the court told before."""
    coded = code_fr(
        "Un tribunal de Dakar a condamné l'ancien ministre sénégalais à deux ans de prison. "
        "L'ancien ministre sénégalais a annoncé qu'il ferait appel.",
        published="2024-03-01",
    )
    appeals = [(e.source and e.source.code, e.target) for e in coded.events if e.cameo == "115"]
    assert appeals == [("SENGOV", None)]


def test_help_called_upon_is_an_appeal_not_a_lawsuit(code_fr):
    coded = code_fr(
        "Le gouvernement malien a fait appel à la Russie pour sécuriser le nord.",
        published="2024-03-01",
    )
    assert [e.cameo for e in coded.events] == ["020"]


def test_an_act_announced_by_its_noun_is_the_announcers(code_fr):
    """ "a annoncé la convocation de l'ambassadeur": the announcer convenes (114), the
    ambassador is convened."""
    coded = code_fr(
        "La Lituanie a annoncé la convocation du chargé d'affaires biélorusse.",
        published="2024-03-01",
    )
    assert [(e.cameo, e.source.code, e.target and e.target.code) for e in coded.events] == [
        ("114", "LTU", "BLRGOV")
    ]


def test_an_enacted_act_gives_way_to_its_nouns_own_reading(code_fr):
    """The noun's own pattern knows the parties of "le rétablissement de leurs relations"."""
    coded = code_fr(
        "Le Maroc et l'Iran ont annoncé le rétablissement de leurs relations diplomatiques.",
        published="2024-03-01",
    )
    assert sorted((e.source.code, e.target and e.target.code) for e in coded.events) == [
        ("IRN", "MAR"),
        ("MAR", "IRN"),
    ]


def test_an_enacted_act_is_the_verbs_own_complement(code_fr):
    """ "a annoncé l'ONU, qui réclame leur libération": the release is demanded, not announced."""
    coded = code_fr(
        "Les rebelles ont enlevé deux humanitaires suédois, a annoncé l'ONU, qui réclame "
        "leur libération.",
        published="2024-03-01",
    )
    assert [e.cameo for e in coded.events if e.cameo.startswith("08")] == []


def test_an_act_whose_noun_names_its_author_is_not_the_announcers(code_fr):
    """ "a annoncé la libération de trois otages par Israël": Hamas tells of Israel's act."""
    coded = code_fr(
        "Le Hamas a annoncé la libération de trois otages par Israël.", published="2024-03-01"
    )
    assert [(e.cameo, e.source.code) for e in coded.events if e.cameo.startswith("084")] == []
