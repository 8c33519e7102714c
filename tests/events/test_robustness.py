"""Hard cases: parser errors, verb forms, roles, repeated headlines."""

from __future__ import annotations

import pytest

from faits.events.cues import Cues


@pytest.fixture(scope="module")
def cues() -> Cues:
    return Cues.load("fr")


@pytest.mark.parametrize(
    ("form", "lemma", "conditional", "future"),
    [
        ("envisageraient", "envisager", True, False),
        ("déclarait", "déclarer", False, False),
        ("serait", "être", True, False),
        ("courait", "courir", False, False),
        ("prendrait", "prendre", True, False),
        ("rencontrera", "rencontrer", False, True),
        ("aura", "avoir", False, True),
        ("déclara", "déclarer", False, False),
        ("seront", "être", False, True),
        ("sont", "être", False, False),
    ],
)
def test_mood_and_tense_read_from_the_form(cues, form, lemma, conditional, future):
    assert cues.conditional.matches(form, lemma) is conditional
    assert cues.future.matches(form, lemma) is future


def pairs(coded, code_root: str) -> set[tuple[str, str | None]]:
    return {
        (e.source.code[:3], e.target.code[:3] if e.target else None)
        for e in coded.events
        if e.cameo_root == code_root and e.source
    }


def test_split_subject_recovered_by_word_order(code_fr):
    coded = code_fr("Washington et Pyongyang envisageraient d'ouvrir des bureaux de liaison.")
    assert pairs(coded, "03") == {("USA", "PRK"), ("PRK", "USA")}
    assert all(e.modality.hypothetical for e in coded.events)


def test_coordinated_subjects_give_one_event_each(code_fr):
    coded = code_fr("La Russie et la Chine ont appelé au dialogue.")
    assert pairs(coded, "02") == {("RUS", None), ("CHN", None)}


def test_passive_agent_is_the_source(code_fr):
    coded = code_fr("Deux journalistes turcs ont été arrêtés par la police iranienne.")
    assert pairs(coded, "17") == {("IRN", "TUR")}


def test_reciprocal_meeting_goes_both_ways(code_fr):
    coded = code_fr("Les ministres russe et turc se sont rencontrés à Ankara.")
    assert pairs(coded, "04") == {("RUS", "TUR"), ("TUR", "RUS")}


def test_negated_easing_is_a_refusal(code_fr):
    coded = code_fr("Les États-Unis ne lèveront pas les sanctions contre l'Iran.")
    (event,) = [e for e in coded.events if e.cameo_root == "12"]
    assert event.cameo == "1244" and not event.modality.negated
    # the refusal is said now, like "ne livrera pas de chars" (1222): no future flag
    assert not event.modality.future


def test_negation_is_flagged(code_fr):
    coded = code_fr("La Turquie n'a pas condamné l'offensive russe.")
    (event,) = [e for e in coded.events if e.cameo == "111"]
    assert event.modality.negated


def test_relative_clause_subject_is_its_antecedent(code_fr):
    coded = code_fr("Le Canada, qui accuse l'Inde d'ingérence, a expulsé un diplomate indien.")
    assert ("CAN", "IND") in pairs(coded, "11")


def test_future_in_the_past_is_future_not_hypothetical(code_fr):
    coded = code_fr(
        "Le ministre a déclaré que la Chine se rendrait en Russie la semaine prochaine."
    )
    (event,) = [e for e in coded.events if e.cameo == "042"]
    assert event.modality.future and not event.modality.hypothetical


def test_headline_repeated_in_body_is_coded_once(code_fr):
    line = "La France a condamné l'essai nucléaire nord-coréen."
    coded = code_fr(f"{line}\n{line}\nLe Japon a protesté.")
    french = [e for e in coded.events if e.source and e.source.code == "FRA"]
    assert {e.sentence_index for e in french} == {0}
    assert any(e.source.code == "JPN" for e in coded.events)


def test_according_to_is_the_attribution(code_fr):
    coded = code_fr("Selon Reuters, la Turquie a expulsé l'ambassadeur des Pays-Bas.")
    assert coded.events and all(e.attribution.name == "Reuters" for e in coded.events)


def test_nothing_without_an_actor(code_fr):
    assert code_fr("Les discussions ont duré près de cinq heures.").events == []


def test_present_tense_left_as_its_own_lemma_still_triggers(event_model, code_fr):
    # fr_core_news_md lemmatises "réclame" as "réclame": the written form is a key too.
    assert "réclamer" in event_model.lexicon.forms["réclame"]
    coded = code_fr("Le Tchad réclame le départ des soldats français.")
    assert ("TCD", "FRA") in pairs(coded, "10")


def test_written_forms_are_requirements_of_their_entry(event_model):
    from faits.events.lexicon import entry_requirements

    needs = entry_requirements(event_model.lexicon)["events/10.yaml#exiger"]
    assert any("réclame|" in need.split("\t")[0] for need in needs)


def test_future_policy_is_an_intent(code_fr):
    coded = code_fr("Le Japon soutiendra la candidature du Brésil, a assuré le ministre.")
    (event,) = [e for e in coded.events if e.cameo_root in ("03", "05")]
    assert event.cameo == "032" and not event.modality.future


def test_scheduled_signing_stays_a_future_signature(code_fr):
    coded = code_fr("La Chine et le Brésil signeront un accord commercial la semaine prochaine.")
    assert {e.cameo for e in coded.events} == {"057"}


def test_purpose_of_a_protest_is_not_a_demand(code_fr):
    coded = code_fr("Les cheminots belges sont en grève pour réclamer des hausses de salaire.")
    assert {e.cameo_root for e in coded.events} == {"14"}


def test_negated_future_policy_is_a_refusal(code_fr):
    coded = code_fr("Le Canada ne livrera pas de chars à l'Ukraine, a assuré le ministre.")
    assert {e.cameo for e in coded.events if e.source and e.source.code.startswith("CAN")} == {
        "1222"
    }


def test_visit_and_meeting_are_one_encounter(code_fr):
    coded = code_fr(
        "Le ministre turc des Affaires étrangères est arrivé lundi à Athènes. "
        "Il y a rencontré le Premier ministre grec."
    )
    meetings = {(e.source.code[:3], e.target.code[:3]) for e in coded.events if e.cameo == "040"}
    assert ("GRC", "TUR") in meetings and ("TUR", "GRC") not in meetings


def test_recode_finds_an_article_by_a_written_form(fr_models, event_model):
    """ "réclame" left as its own lemma: its stored keys still meet exiger-demission's needs."""
    from faits.events.keys import Requirements, article_keys
    from faits.events.lexicon import entry_requirements
    from faits.nlp.parse import parse_texts

    doc = next(iter(parse_texts(fr_models.nlp, ["L'opposition réclame la démission du maire."])))
    # nlp/parse now repairs this lemma; the lemmatiser left it as the form before, and may
    # leave other forms so: set it back to test the stored keys on such a word.
    for token in doc:
        if token.text == "réclame":
            token.lemma_ = "réclame"
    needs = entry_requirements(event_model.lexicon)["events/10.yaml#exiger-demission"]
    assert Requirements(needs).met_by(article_keys(doc))


def test_planned_aid_is_an_intent(code_fr):
    coded = code_fr("L'Allemagne prévoit de livrer des chars à l'Ukraine.")
    assert {e.cameo for e in coded.events} == {"0332"}


def test_civilians_attacking_is_an_assault(code_fr):
    coded = code_fr(
        "Des colons israéliens ont attaqué un village palestinien, incendiant des maisons."
    )
    assert {e.cameo for e in coded.events} == {"180"}


def test_written_forms_do_not_reach_other_words(fr_models, event_model):
    # "sommes" is "être", not "sommer"; "armés" qualifies "groupes", nobody arms anybody.
    from faits.events.matching import candidates
    from faits.nlp.parse import parse_texts

    text = "Les groupes armés sont là, nous sommes inquiets."
    doc = next(iter(parse_texts(fr_models.nlp, [text])))
    found = [c for s in doc.sents for c in candidates(s, event_model.index, event_model.cues)]
    by_word = {(c.trigger.text, c.pattern.trigger) for c in found}
    assert ("sommes", "sommer") in by_word and ("armés", "armer") in by_word
    assert not any(c.fired for c in found if c.trigger.text in ("sommes", "armés"))


def test_no_fallback_to_another_sense(code_fr):
    # "se rendre dans une exploitation" is a visit without a place actor, not a surrender.
    coded = code_fr(
        "Le Premier ministre français a annoncé qu'il se rendrait dans une exploitation."
    )
    assert not any(e.cameo_root in ("03", "08") for e in coded.events)


@pytest.mark.parametrize(
    "text",
    [
        "Un attentat-suicide a fait au moins vingt morts dans une mosquée de Quetta.",
        "Des agriculteurs polonais ont bloqué plusieurs postes-frontières avec l'Ukraine.",
    ],
)
def test_glued_hyphen_never_cuts_a_sentence(fr_models, text):
    from faits.nlp.parse import parse_texts

    doc = next(iter(parse_texts(fr_models.nlp, [text])))
    assert len(list(doc.sents)) == 1


def test_complement_not_taken_from_a_coordinated_verb(code_fr):
    # The condolences are what "présenté" conveys; "exprimé sa tristesse" is no 018 of its own.
    coded = code_fr(
        "Le Premier ministre canadien a exprimé sa tristesse après le séisme et présenté "
        "ses condoléances au peuple marocain."
    )
    assert [e.trigger.text for e in coded.events if e.cameo == "018"] == ["présenté"]


def test_purpose_of_an_appeal_is_its_content(code_fr):
    coded = code_fr(
        "L'UNICEF a lancé un appel aux pays donateurs pour financer l'aide humanitaire en Haïti."
    )
    assert not any(e.cameo_root == "07" for e in coded.events)


def test_purpose_hung_on_a_qualifier_of_an_appeal_is_its_content(code_fr):
    # The parser hangs "pour qu'elles déposent …" on the participle qualifying the appeal.
    coded = code_fr(
        "Le secrétaire général de l'ONU a lancé un appel pressant aux factions libyennes "
        "pour qu'elles déposent les armes."
    )
    assert not any(e.cameo_root == "08" for e in coded.events)


def test_violent_relative_clause_on_an_attack_is_that_attack(code_fr):
    coded = code_fr(
        "Le groupe État islamique a revendiqué l'attentat-suicide qui a frappé mardi une "
        "mosquée chiite de Kunduz, dans le nord de l'Afghanistan."
    )
    assert [e.cameo for e in coded.events if e.cameo_root in ("18", "19")] == ["1831"]


def test_participle_saying_what_a_rejected_plan_is_about_is_its_content(code_fr):
    coded = code_fr(
        "Le gouvernement hongrois a rejeté mardi le projet de la Commission européenne "
        "visant à interdire les importations de pétrole russe."
    )
    assert {e.cameo_root for e in coded.events} == {"12"}


def test_content_four_links_below_a_refusal_is_its_content(code_fr):
    # "jouer" -> "proposition" -> "non-recevoir" -> "fin" -> "opposé": four links up.
    coded = code_fr(
        "Ankara a opposé une fin de non-recevoir à la proposition d'Emmanuel Macron de "
        "jouer les médiateurs en Syrie."
    )
    assert {e.cameo_root for e in coded.events} == {"12"}


def test_purpose_hung_on_a_place_of_a_protest_is_its_content(code_fr):
    coded = code_fr(
        "Des centaines de partisans de l'ancien Premier ministre ont pris d'assaut mardi le "
        "Parlement libyen, dans la Zone verte de Tripoli, pour protester contre la "
        "nomination du nouveau gouvernement."
    )
    assert "11" not in {e.cameo_root for e in coded.events}


def test_conditional_relative_on_a_vetoed_text_is_its_content(code_fr):
    coded = code_fr(
        "Moscou a bloqué au Conseil de sécurité une résolution britannique qui aurait "
        "renforcé les sanctions contre le Mali."
    )
    assert "16" not in {e.cameo_root for e in coded.events}


def test_what_a_refused_comment_is_about_is_its_content(code_fr):
    coded = code_fr(
        "Le Kremlin a refusé de commenter les informations sur un déploiement de missiles "
        "américains au Japon."
    )
    assert {e.cameo_root for e in coded.events} == {"01"}


def test_label_in_an_adopted_motion_is_its_content(code_fr):
    coded = code_fr(
        "Le Parlement néerlandais a adopté une motion qualifiant de « génocide » le "
        "traitement des Rohingyas par la Birmanie."
    )
    assert [e.cameo for e in coded.events] == ["112"]


def test_purpose_of_a_meeting_is_its_content(code_fr):
    coded = code_fr(
        "Les ministres des Affaires étrangères arménien et azerbaïdjanais se sont retrouvés "
        "à Washington pour tenter de désamorcer la crise dans le Haut-Karabakh."
    )
    assert "08" not in {e.cameo_root for e in coded.events}


def test_condition_of_an_offer_is_its_content(code_fr):
    coded = code_fr(
        "Le président vénézuélien s'est dit prêt à négocier avec l'opposition si les "
        "sanctions étaient levées."
    )
    assert not any(e.cameo_root == "08" for e in coded.events)


def test_clause_after_a_colon_spells_out_an_ultimatum(code_fr):
    coded = code_fr(
        "Le président russe a lancé un ultimatum à l'Ukraine : retirer ses troupes du "
        "Donbass avant lundi ou affronter la reprise des combats."
    )
    assert {e.cameo_root for e in coded.events} == {"13"}


def test_reporting_verb_is_an_event_only_when_it_reports_none(code_fr):
    reported = code_fr(
        "Le ministre belge a déclaré que la Belgique avait expulsé deux diplomates russes."
    )
    assert "01" not in {e.cameo_root for e in reported.events}
    statement = code_fr("Le ministre belge a déclaré que la situation restait calme.")
    assert {e.cameo for e in statement.events} == {"010"}


def test_verb_complement_is_not_taken_from_another_preposition(code_fr):
    # The visit is why the talks were cancelled, not what was cancelled; it is an event of
    # its own (042), not swallowed by "annuler [visite]".
    coded = code_fr(
        "Le Japon a annulé les consultations bilatérales en réponse à la visite du "
        "ministre chinois de la Défense en Corée du Nord."
    )
    assert "042" in {e.cameo for e in coded.events}


def test_reflexive_object_makes_a_plural_subject_act_on_each_other(code_fr):
    coded = code_fr("L'Inde et le Pakistan se sont accusés de soutenir le terrorisme.")
    pairs = {(e.source.code[:3], e.target.code[:3]) for e in coded.events if e.target}
    assert {("IND", "PAK"), ("PAK", "IND")} <= pairs
    # An inherently reflexive verb is not: "s'engager à" binds each to its own promise.
    coded = code_fr("L'Inde et le Pakistan se sont engagés à respecter le cessez-le-feu.")
    assert not any(e.target for e in coded.events)


def test_coordinated_passive_shares_its_subject_as_patient(code_fr):
    coded = code_fr(
        "Une explosion a fait douze morts sur un marché de Kandahar et a été revendiquée "
        "par l'État islamique."
    )
    assert "015" in {e.cameo for e in coded.events}


def modality_of_root(coded, code_root: str) -> list[tuple[bool, bool, bool]]:
    return [
        (e.modality.negated, e.modality.hypothetical, e.modality.future)
        for e in coded.events
        if e.cameo_root == code_root
    ]


def test_negative_determiner_negates_its_verb(code_fr):
    coded = code_fr("L'Australie n'a vendu aucun sous-marin à la Malaisie.")
    assert modality_of_root(coded, "07") == [(True, False, False)]
    coded = code_fr("Aucune enquête n'a été ouverte par la justice kényane.")
    assert modality_of_root(coded, "09") == [(True, False, False)]


def test_plus_without_a_particle_is_a_quantity(code_fr):
    coded = code_fr("La police iranienne a arrêté plus de trois cents opposants iraniens.")
    assert modality_of_root(coded, "17") == [(False, False, False)]
    coded = code_fr("Le Japon n'a plus livré d'armes à la Birmanie.")
    assert modality_of_root(coded, "07") == [(True, False, False)]


def test_time_phrase_ahead_is_future_even_under_a_conditional(code_fr):
    coded = code_fr("Le président chilien pourrait se rendre à Pékin dans les prochaines semaines.")
    assert modality_of_root(coded, "04") == [(False, True, True)]


def test_threat_is_said_now_whatever_the_tense_of_its_content(code_fr):
    coded = code_fr("Séoul a averti qu'il riposterait à toute provocation nord-coréenne.")
    assert modality_of_root(coded, "13") == [(False, False, False)]


def test_agreement_providing_for_aid_is_no_future_signature(code_fr):
    coded = code_fr("Le Kenya et l'Éthiopie ont signé un accord prévoyant une aide mutuelle.")
    assert modality_of_root(coded, "05") and not any(
        future for _, _, future in modality_of_root(coded, "05")
    )


def test_security_forces_shooting_at_their_own_protesters_is_repression(code_fr):
    coded = code_fr("Des policiers kényans ont ouvert le feu sur des manifestants à Nairobi.")
    assert {e.cameo for e in coded.events} == {"175"}
    coded = code_fr("Des soldats russes ont ouvert le feu sur des civils ukrainiens.")
    assert {e.cameo_root for e in coded.events} == {"19"}


def test_absent_target_preposition_does_not_choose_the_sense(code_fr):
    # "tirer [missile] sur" (195) outranked "tirer [missile]" (150) by its "sur", absent here
    coded = code_fr("La Corée du Nord a tiré un missile balistique en mer du Japon.")
    assert {e.cameo for e in coded.events} == {"150"}
    coded = code_fr("L'Iran a tiré des missiles contre Israël.")
    assert {e.cameo_root for e in coded.events} == {"19"}


def test_refused_diplomatic_cooperation_is_the_speakers_rejection(code_fr):
    coded = code_fr("Le Maroc ne normalisera pas ses relations avec l'Iran.")
    assert [(e.cameo, e.source.code, e.target.code) for e in coded.events if e.target] == [
        ("120", "MAR", "IRN")
    ]


def test_reflexive_form_of_another_word_is_no_demand(code_fr):
    coded = code_fr("Le Hamas, qui se réclame des Frères musulmans, a attaqué Israël.")
    assert {e.cameo_root for e in coded.events} == {"19"}
    coded = code_fr("Le Niger réclame le départ des soldats français.")
    assert {e.cameo_root for e in coded.events} == {"10"}


def test_infinitive_clause_shares_the_tense_of_its_verb(code_fr):
    coded = code_fr(
        "Le président chilien rencontrera le pape avant de s'entretenir avec le président argentin."
    )
    assert all(e.modality.future for e in coded.events if e.cameo_root == "04")
    assert any(e.trigger.text == "entretenir" for e in coded.events)


def test_standing_state_gives_no_vaguer_reading_of_its_verb(code_fr):
    # "accueille des réfugiés" out of a past tense is a situation: neither asylum (075)
    # nor, by falling back to the bare verb, a host receiving a guest (043).
    coded = code_fr(
        "Le Tchad, qui accueille 400 000 réfugiés soudanais, réclame une aide internationale."
    )
    assert {e.cameo_root for e in coded.events} == {"10"}


def test_widening_a_conflict_is_no_release(code_fr):
    # "élargir" frees someone only with a prisoner or a detainee as its object.
    coded = code_fr(
        "Les États-Unis veulent dissuader le Hezbollah d'élargir la guerre à la Cisjordanie."
    )
    assert "084" not in {e.cameo[:3] for e in coded.events}
    coded = code_fr("Le Maroc a élargi trois détenus sahraouis.")
    assert "084" in {e.cameo[:3] for e in coded.events}


def test_infinitive_tagged_as_a_noun_is_still_the_verb(code_fr):
    # The tagger reads "d'enquêter" after a long agent phrase as a noun.
    coded = code_fr(
        "Une mission a été chargée par le Conseil des droits de l'homme de l'ONU d'enquêter "
        "sur les exactions en Libye."
    )
    assert "09" in {e.cameo_root for e in coded.events}


def test_participle_of_an_ir_verb_tagged_as_a_noun_is_the_verb(code_fr):
    # fr_core_news_md reads "ont pleinement rétabli" as a noun of its own lemma "rétabli".
    coded = code_fr(
        "La Turquie et l'Égypte ont pleinement rétabli lundi leurs relations diplomatiques."
    )
    assert pairs(coded, "05") == {("TUR", "EGY"), ("EGY", "TUR")}


def test_relative_que_object_is_its_antecedent(code_fr):
    # The parser hangs ", que Moscou attribue …" on the main verb and tags "que" a
    # conjunction: the imputed explosion is read off the words before the pronoun.
    coded = code_fr(
        "Les séparatistes ont revendiqué l'explosion d'un oléoduc près de la frontière, "
        "que Moscou attribue à l'Ukraine."
    )
    assert pairs(coded, "11") == {("RUS", "UKR")}


def test_relative_clause_is_no_complement_of_its_noun(code_fr):
    # "frappe [*]" must not swallow the relative clause's verb; "impute", tagged a
    # participle, has a subject of its own and is no qualifier.
    coded = code_fr(
        "Un journaliste a été tué dans une frappe que l'armée libanaise impute à Israël."
    )
    assert pairs(coded, "11") == {("LBN", "ISR")}


def test_reporting_verb_after_what_it_reports_is_a_statement_only_without_event(code_fr):
    # An incise reports the words before it: a statement when they hold no event, the
    # attribution of the event they hold otherwise.
    coded = code_fr("« Notre pays restera neutre », a déclaré mardi le président brésilien.")
    assert pairs(coded, "01") == {("BRA", None)}
    coded = code_fr("« Le Canada a expulsé deux diplomates », a déclaré jeudi le Premier ministre.")
    assert {e.cameo_root for e in coded.events} == {"16"}


def test_participle_restating_a_material_act_is_that_act(code_fr):
    coded = code_fr(
        "Les contrôleurs aériens italiens ont lancé une grève de vingt-quatre heures contre "
        "le gouvernement, paralysant les aéroports de Rome et de Milan."
    )
    assert [e.cameo for e in coded.events] == ["143"]


def test_purpose_of_aid_is_what_it_is_for(code_fr):
    coded = code_fr("Le Japon a accordé un prêt au Kenya pour soutenir le gouvernement kényan.")
    assert [e.cameo for e in coded.events] == ["071"]


def test_coordinated_object_stands_at_its_first_conjuncts_level(code_fr):
    # "à des pourparlers" hangs on the second object's adjective, past the six-word window.
    coded = code_fr(
        "L'Union africaine a invité le gouvernement somalien et les autorités régionales "
        "somaliennes à des pourparlers de paix à Addis-Abeba."
    )
    assert {e.cameo for e in coded.events} == {"026"}


def test_face_a_names_whom_a_show_of_force_faces(code_fr):
    coded = code_fr(
        "Les forces nord-coréennes ont procédé à des tirs d'obus près de la frontière "
        "maritime, face à la Corée du Sud."
    )
    assert pairs(coded, "15") == {("PRK", "KOR")}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a count of a hundred or more makes the killing a massacre (roles.yaml#hundreds)
        ("Des rebelles congolais ont tué environ 2 300 civils au Kivu.", "202"),
        ("Des rebelles congolais ont tué près de deux cents villageois congolais au Kivu.", "202"),
        ("Des rebelles congolais ont tué plusieurs centaines de civils au Kivu.", "202"),
        # the count is read off the words, whatever the parser hangs it on
        ("Plus de 200 habitants du Kivu ont été tués par des rebelles congolais.", "202"),
        # below it, a killing
        ("Des rebelles congolais ont tué 45 civils au Kivu.", "1823"),
        ("Des rebelles congolais ont tué 12 civils en mars 2024 au Kivu.", "1823"),
    ],
)
def test_a_toll_of_hundreds_is_a_mass_killing(code_fr, text, code):
    events = code_fr(text).events
    assert [e.cameo for e in events] == [code]


def test_participle_naming_its_agent_is_that_agents_act(code_fr):
    # "une attaque revendiquée par les shebab": the participle with its agent reads like
    # "que les shebab ont revendiquée", it is not what the attack noun ("attaque [*]") is about
    coded = code_fr(
        "Trois soldats kényans ont été tués lors d'une attaque revendiquée par les shebab à Lamu."
    )
    assert ("SOM", None) in pairs(coded, "01")


def test_a_decision_called_worrying_is_criticism_not_a_gloomy_comment(code_fr):
    # "qualifier de « préoccupante »" a decision judges its author (11), unlike "jugé
    # « préoccupante » la situation" (012)
    coded = code_fr(
        "Le Qatar a suspendu l'aide aux écoles, une décision que le président du Tchad a "
        "qualifiée de « profondément préoccupante »."
    )
    assert "012" not in {e.cameo for e in coded.events}


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        # "pas" heading a determiner or an adjective is the noun "step", not the negation
        ("Le Japon a salué « un premier pas » vers la paix entre l'Inde et le Pakistan.", False),
        ("Le Japon n'a pas salué l'accord entre l'Inde et le Pakistan.", True),
    ],
)
def test_a_step_is_not_a_negation(code_fr, text, negated):
    events = [e for e in code_fr(text).events if e.cameo == "051"]
    assert events and all(e.modality.negated is negated for e in events)


@pytest.mark.parametrize(
    ("text", "hypothetical", "future"),
    [
        # "pourraient" gives the talks as possible, even reported after a past verb
        (
            "Le porte-parole a indiqué que le Kenya et l'Ouganda pourraient reprendre leurs "
            "négociations à Kampala.",
            True,
            False,
        ),
        (
            "Le Kenya et l'Ouganda pourraient reprendre leurs négociations à Kampala, a indiqué "
            "le porte-parole.",
            True,
            False,
        ),
        # another conditional reported after a past verb is a future in the past
        (
            "Le porte-parole a indiqué que le Kenya et l'Ouganda reprendraient leurs "
            "négociations à Kampala.",
            False,
            True,
        ),
    ],
)
def test_pourrait_is_possible_wherever_it_stands(code_fr, text, hypothetical, future):
    events = [e for e in code_fr(text).events if e.cameo_root == "04"]
    assert events
    assert all(
        (e.modality.hypothetical, e.modality.future) == (hypothetical, future) for e in events
    )


def _parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str], morphs=None):
    """A hand-made parse, to pin the parser errors modality must survive."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, morphs=morphs)
    for token in doc:
        token.lemma_ = token.text.lower()
    return doc


def test_a_name_tagged_as_a_future_verb_leaves_the_event_present(cues):
    from faits.events.modality import modality_of

    # "Modi a promis": the parser reads "Narendra" as the root verb in the future
    doc = _parsed(
        ["Le", "ministre", "Narendra", "Modi", "a", "promis", "une", "aide"],
        [1, 2, 2, 2, 5, 2, 7, 5],
        ["det", "nsubj", "ROOT", "obj", "aux:tense", "xcomp", "det", "obj"],
        ["DET", "NOUN", "VERB", "PROPN", "AUX", "VERB", "DET", "NOUN"],
        ["", "", "Tense=Fut|VerbForm=Fin", "", "Tense=Pres", "Tense=Past|VerbForm=Part", "", ""],
    )
    assert not modality_of(doc[5], (), cues).future


def test_a_participle_after_a_comma_is_not_negated_by_the_main_verb(cues):
    from faits.events.modality import modality_of

    # "n'a pas exigé le retrait, se contentant d'appeler au calme": the parser hangs the
    # participle on the negated verb as an xcomp
    doc = _parsed(
        [
            "Kiev",
            "n'",
            "a",
            "pas",
            "exigé",
            "le",
            "retrait",
            ",",
            "se",
            "contentant",
            "d'",
            "appeler",
            "au",
            "calme",
        ],
        [4, 4, 4, 4, 4, 6, 4, 4, 9, 4, 11, 9, 13, 11],
        [
            "nsubj",
            "advmod",
            "aux:tense",
            "advmod",
            "ROOT",
            "det",
            "obj",
            "punct",
            "expl",
            "xcomp",
            "mark",
            "xcomp",
            "case",
            "obl:arg",
        ],
        [
            "PROPN",
            "ADV",
            "AUX",
            "ADV",
            "VERB",
            "DET",
            "NOUN",
            "PUNCT",
            "PRON",
            "VERB",
            "ADP",
            "VERB",
            "ADP",
            "NOUN",
        ],
        [
            "",
            "",
            "",
            "",
            "Tense=Past|VerbForm=Part",
            "",
            "",
            "",
            "",
            "Tense=Pres|VerbForm=Part",
            "",
            "VerbForm=Inf",
            "",
            "",
        ],
    )
    assert modality_of(doc[4], (), cues).negated
    assert not modality_of(doc[11], (), cues).negated


def test_fire_exchanged_is_no_meeting(code_fr):
    # "échanger" meets someone only with a partner or a topic ("avec", "sur"), not as the
    # participle of an exchange of fire
    coded = code_fr(
        "Les tirs de roquettes échangés entre soldats thaïlandais et laotiens ont cessé dimanche."
    )
    assert "04" not in {e.cameo_root for e in coded.events}


def test_praying_somewhere_is_no_appeal(code_fr):
    # "prier" is an appeal only with the act asked ("a prié Moscou de libérer …"), not a
    # "de" phrase of a place ("a prié … sur le parvis de la cathédrale")
    coded = code_fr("Le président polonais a prié lundi sur le parvis de la cathédrale de Vilnius.")
    assert pairs(coded, "02") == set()
    coded = code_fr("Le président finlandais a prié Moscou de libérer les marins arrêtés.")
    assert pairs(coded, "02") == {("FIN", "RUS")}


def test_an_official_sent_to_a_capital_is_the_senders_visit(code_fr):
    coded = code_fr("Lisbonne a dépêché mardi à Luanda son ministre de l'Économie.")
    assert pairs(coded, "04") == {("PRT", "AGO")}


def test_progress_hailed_is_praise(code_fr):
    # praise of a step others made (051), not a hopeful comment of one's own (013)
    coded = code_fr(
        "Le président du Ghana a salué les « progrès remarquables » du Togo dans la lutte contre la corruption."
    )
    assert {e.cameo_root for e in coded.events} == {"05"}


def test_supporters_called_to_stand_down_is_no_rallying(code_fr):
    coded = code_fr(
        "Le chef de l'opposition ivoirienne a appelé ses militants à lever les barrages."
    )
    assert {e.cameo for e in coded.events} == {"0252"}


def test_a_report_published_by_an_ngo_is_no_statement(code_fr):
    # the source of what is reported, not a statement of its own
    coded = code_fr(
        "Les milices ont exécuté des dizaines de civils au Darfour, selon un rapport publié mardi par Amnesty International."
    )
    assert pairs(coded, "01") == set()


def test_regret_at_anothers_act_is_no_apology(code_fr):
    coded = code_fr("Après les frappes turques, Bagdad a exprimé son « profond regret ».")
    assert "055" not in {e.cameo for e in coded.events}


def test_sympathy_with_no_one_to_receive_it_is_no_event(code_fr):
    # condolences and solidarity go to someone: with no addressee found there is no event
    coded = code_fr("Le Chili et l'Uruguay ont exprimé leur solidarité dans un communiqué commun.")
    assert pairs(coded, "01") == set()


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Le président kényan a signé mardi un décret sur la sécurité des frontières.", "05"),
        ("Le Qatar a repris sa médiation, a indiqué son ministère des Affaires étrangères.", "04"),
    ],
)
def test_an_agreement_or_a_mediation_with_no_party_is_no_event(code_fr, text, root):
    assert pairs(code_fr(text), root) == set()


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # one's own measure explained is no defence of another (05.yaml#defendre)
        (
            "Le gouvernement chilien a justifié l'expulsion du diplomate vénézuélien par des "
            "« raisons de sécurité ».",
            "05",
        ),
        # a campaign for an option of a vote rallies no one's support (05.yaml#faire-campagne)
        ("Le Premier ministre slovaque, qui avait fait campagne pour le non, a démissionné.", "05"),
    ],
)
def test_own_measure_justified_or_campaign_for_a_vote_is_no_cooperation(code_fr, text, root):
    assert pairs(code_fr(text), root) == set()


def test_pleading_for_a_policy_is_no_appeal_to_whom_it_names(code_fr):
    # "plaider pour" a vision names no addressee: the countries inside the phrase are its
    # subject matter, not whom the speaker asks (02.yaml#appeler)
    coded = code_fr(
        "Le chancelier autrichien a plaidé pour une Europe « moins dépendante » de la Russie."
    )
    assert pairs(coded, "02") == set()


def test_speaking_before_a_body_is_no_statement(code_fr):
    # "s'exprimer devant" is where words were said; what they say is coded, not the speech
    coded = code_fr(
        "Le président brésilien s'exprimera mardi devant l'Assemblée générale de l'ONU."
    )
    assert pairs(coded, "01") == set()


def test_a_truce_praised_or_demanded_is_no_truce_of_the_speaker(code_fr):
    # the noun names a truce between two parties; with one party found it is what the speaker
    # reacts to or asks for (08.yaml#treve-nom)
    coded = code_fr("Le président brésilien a salué le cessez-le-feu conclu la veille.")
    assert pairs(coded, "08") == set()


def test_remorse_expressed_is_an_apology(code_fr):
    # remorse is for one's own deeds, with or without "pour" (05.yaml#excuses)
    coded = code_fr(
        "Le président allemand a exprimé ses « profonds remords » lors de la cérémonie."
    )
    assert pairs(coded, "05") == {("DEU", None)}


@pytest.mark.parametrize(
    "text",
    [
        # a border reopened between two states lets no aid through (08.yaml#autoriser-aide)
        "Le Kirghizistan et le Kazakhstan ont rouvert lundi leur frontière commune.",
        # a cell the police take apart is no armed group demobilising (08.yaml#demobiliser)
        "La police belge a démantelé une filière de financement du groupe État islamique.",
    ],
)
def test_border_reopened_or_cell_dismantled_is_no_yielding(code_fr, text):
    assert {e.cameo[:4] for e in code_fr(text).events} & {"0863", "0873"} == set()


def test_meaning_to_negotiate_is_an_intention_not_talks(code_fr):
    # "entendre" + infinitive states an intention: no talks held yet (03.yaml#intention-rencontrer)
    coded = code_fr("Le Kenya entend négocier avec l'Ouganda un nouvel accord sur le lac Victoria.")
    assert pairs(coded, "03") == {("KEN", "UGA")}
    assert pairs(coded, "04") == set()


@pytest.mark.parametrize(
    "text",
    [
        # leaving a treaty or a body is no de-escalation (08.yaml#desescalade's noun)
        "Le Burundi a confirmé son retrait de la convention sur les armes à sous-munitions.",
        "La Gambie a justifié son retrait de l'instance onusienne par des « pressions ».",
    ],
)
def test_withdrawal_from_a_treaty_or_body_is_no_deescalation(code_fr, text):
    assert pairs(code_fr(text), "08") == set()


def test_withdrawal_of_forces_from_a_place_stays_a_deescalation(code_fr):
    coded = code_fr("L'armée ukrainienne a achevé son retrait de la ville d'Avdiïvka.")
    assert pairs(coded, "08")


def test_a_concern_said_again_is_a_pessimistic_comment(code_fr):
    # "réitérer / rappeler ses préoccupations" (01.yaml#pessimiste)
    coded = code_fr("Le Canada a réitéré ses préoccupations sur la situation des droits humains.")
    assert pairs(coded, "01") == {("CAN", None)}


def test_a_plane_landing_is_no_visit(code_fr):
    # 04.yaml#visiter has no "atterrir à": planes land, envoys visit
    coded = code_fr("Un avion militaire turc chargé de munitions a atterri mardi à Tripoli.")
    assert pairs(coded, "04") == set()


def test_thanks_to_unnamed_donors_are_praise(code_fr):
    # no target to name, still an event (05.yaml#remercier-partenaires)
    coded = code_fr("Le Premier ministre népalais a remercié les pays donateurs après le séisme.")
    assert pairs(coded, "05") == {("NPL", None)}


def test_works_started_together_are_economic_cooperation(code_fr):
    # two states starting a joint work (06.yaml#inaugurer-projet "lancer [travaux] [...]")
    coded = code_fr("Le Bénin et le Togo ont lancé lundi les travaux d'une nouvelle route côtière.")
    assert pairs(coded, "06") == {("BEN", "TGO"), ("TGO", "BEN")}


def test_a_territory_claimed_under_a_name_is_no_claim_of_responsibility(code_fr):
    # "revendiquer [le]" wants the clitic of "l'a revendiqué", not the article of "sous le
    # nom de" (matching.has_lemma: an article is no complement)
    coded = code_fr(
        "Le Vietnam et la Malaisie revendiquent tous deux l'atoll, connu sous le nom de Swallow Reef."
    )
    assert pairs(coded, "01") == set()


def test_a_readiness_with_no_one_to_cooperate_with_is_no_event(code_fr):
    # 03.yaml#volonte-cooperer needs its target: "prêt à" alone says no one's intent towards
    # anyone (the gold codes none of 8 such dev sentences)
    coded = code_fr("Le Canada s'est dit prêt à accueillir davantage de réfugiés.")
    assert pairs(coded, "03") == set()


def test_praise_of_own_ties_has_no_target(code_fr):
    coded = code_fr(
        "Le président kényan a reçu lundi à Nairobi son homologue tanzanien. "
        "Il a salué « un nouveau chapitre » dans les relations entre les deux pays."
    )
    assert ("KEN", None) in pairs(coded, "05")
    assert ("KEN", "TZA") not in pairs(coded, "05")


def test_praise_for_the_pair_has_no_target(code_fr):
    coded = code_fr(
        "Le Ghana et le Togo ont signé mardi un accord sur leur frontière maritime. "
        "Le président ghanéen a salué une « avancée majeure » pour l'avenir des deux voisins."
    )
    assert ("GHA", None) in pairs(coded, "05")


def test_the_pair_praised_is_the_target(code_fr):
    coded = code_fr(
        "La Slovénie et l'Irlande ont reconnu l'État de Palestine. "
        "L'Autorité palestinienne a salué la « clairvoyance » des deux pays."
    )
    assert ("PSE", None) not in pairs(coded, "05")


def test_appeal_to_an_uncoded_addressee_has_no_target(code_fr):
    coded = code_fr(
        "Le président sénégalais a appelé toutes les parties à respecter la trêve au Soudan."
    )
    assert pairs(coded, "02") == {("SEN", None)}


def test_appeal_to_an_uncoded_addressee_answers_no_earlier_act(code_fr):
    coded = code_fr(
        "Le Rwanda a déployé des troupes à la frontière congolaise. "
        "L'Union africaine a exhorté les États voisins à « ne pas aggraver la crise »."
    )
    assert pairs(coded, "02") == {("IGO", None)}


def test_condemned_act_with_an_author_of_its_own_is_coded_too(code_fr):
    # "condamner [*]" takes the strikes as its complement; named with their author, they are
    # an event as well, with their own target. A condemned act with no author gives nothing.
    coded = code_fr(
        "Pékin a condamné les frappes israéliennes contre des installations militaires iraniennes."
    )
    assert pairs(coded, "19") == {("ISR", "IRN")}
    assert pairs(code_fr("Le Brésil a condamné l'attaque contre l'ambassade."), "19") == set()


def test_a_lead_told_before_its_verb_of_saying_is_the_act_a_reaction_answers(cues):
    from faits.events.arguments import _lead_roots, _reported_acts

    # "La Grèce signera le pacte, a annoncé le ministre": the parser makes the verb of
    # saying the root, with the speaker as its object and no subject; the lead's act is the
    # clause it reports.
    doc = _parsed(
        ["La", "Grèce", "signera", "le", "pacte", ",", "a", "annoncé", "le", "ministre", "."],
        [1, 2, 7, 4, 2, 7, 7, 7, 9, 7, 7],
        ["det", "nsubj", "advcl", "det", "obj", "punct", "aux:tense", "ROOT", "det", "obj"]
        + ["punct"],
        ["DET", "PROPN", "VERB", "DET", "NOUN", "PUNCT", "AUX", "VERB", "DET", "NOUN", "PUNCT"],
    )
    doc[2].lemma_, doc[7].lemma_ = "signer", "annoncer"
    assert _reported_acts(doc[7], cues) == [doc[2], doc[7]]
    assert _lead_roots(doc, len(doc), cues) == [doc[7]]
    # any other verb is its own act
    assert _reported_acts(doc[2], cues) == [doc[2]]


def test_a_passive_agent_tagged_as_a_modifier_is_still_its_agent(cues):
    from faits.events.arguments import _passive_agents

    # "Dix gardes ont été tués près du poste par des rebelles": the parser tags the "par"
    # phrase a modifier (obl:mod), not the agent (obl:agent); a reaction to the act still
    # reads who did it there.
    doc = _parsed(
        ["Dix", "gardes", "ont", "été", "tués", "près", "du", "poste", "par", "des", "rebelles"],
        [1, 4, 4, 4, 4, 7, 7, 4, 10, 10, 4],
        ["nummod", "nsubj:pass", "aux:tense", "aux:pass", "ROOT", "case", "case", "obl:mod"]
        + ["case", "det", "obl:mod"],
        ["NUM", "NOUN", "AUX", "AUX", "VERB", "ADV", "ADP", "NOUN", "ADP", "DET", "NOUN"],
    )
    assert _passive_agents(doc[4], cues) == [doc[10]]


def test_clash_with_an_adversary_goes_both_ways(code_fr):
    # "des affrontements avec l'armée" are fought by both sides, as "les combats entre X et
    # Y" are; an attack ("une attaque contre l'armée") stays one way.
    coded = code_fr(
        "Les shebab ont repris la localité après deux jours de combats avec l'armée somalienne."
    )
    assert {(e.source.code, e.target.code) for e in coded.events if e.cameo == "190"} == {
        ("SOMREBSHB", "SOMMIL"),
        ("SOMMIL", "SOMREBSHB"),
    }


def test_reception_denied_denies_the_guests_visit_too(code_fr):
    coded = code_fr(
        "Le président algérien n'a pas reçu le ministre français des Affaires étrangères, "
        "venu à Alger."
    )
    sides = {(e.cameo, e.source.code[:3], e.modality.negated) for e in coded.events}
    assert {("043", "DZA", True), ("042", "FRA", True)} <= sides


def test_joint_patrol_and_military_cooperation_with_a_partner_go_both_ways(code_fr):
    # A partner after "avec" shares the joint act as a plural subject would.
    coded = code_fr(
        "Les garde-côtes chinois ont mené une patrouille conjointe avec leurs homologues "
        "russes dans le Pacifique."
    )
    assert pairs(coded, "06") == {("CHN", "RUS"), ("RUS", "CHN")}
    coded = code_fr("Le Japon a annoncé une coopération militaire renforcée avec les Philippines.")
    assert pairs(coded, "06") == {("JPN", "PHL"), ("PHL", "JPN")}


def test_others_called_to_react_is_rallying_against_the_author_not_the_called(code_fr):
    # a call to react (113) opposes whoever did the act to be answered, never those called on
    coded = code_fr(
        "Des drones russes ont frappé Kharkiv dans la nuit. Le ministre ukrainien des "
        "Affaires étrangères a appelé les alliés de Kiev à réagir avec fermeté."
    )
    assert pairs(coded, "11") == {("UKR", "RUS")}
    bare = code_fr(
        "Le ministre ukrainien des Affaires étrangères a appelé l'ONU et la France à réagir fermement."
    )
    assert pairs(bare, "11") == {("UKR", None)}


def test_concern_conveyed_to_the_other_government_is_an_official_complaint(code_fr):
    # concern said to the other side (114); said "face à" an act, to no one, it stays 012
    coded = code_fr(
        "Le ministre des Affaires étrangères japonais a exprimé sa vive préoccupation à "
        "l'ambassadeur de Russie."
    )
    assert {(e.cameo, e.target.code[:3] if e.target else None) for e in coded.events} == {
        ("114", "RUS")
    }
    said = code_fr("Le Japon a exprimé son inquiétude face aux manœuvres chinoises.")
    assert {e.cameo for e in said.events} == {"012"}


def test_an_act_judged_unjustified_is_a_condemnation(code_fr):
    # an adjective of classes.yaml#reprobation after "juger" makes the judgement a 111
    coded = code_fr(
        "La ministre canadienne du Commerce a jugé ces taxes chinoises « injustifiées »."
    )
    assert pairs(coded, "11") == {("CAN", "CHN")}


def test_suspicions_rejected_are_a_denial(code_fr):
    # a suspicion turned away is denied (016), not a proposal rejected (120)
    coded = code_fr(
        "Washington soupçonne le Laos de livrer du pétrole à la Corée du Nord. "
        "Vientiane a rejeté ces soupçons."
    )
    assert pairs(coded, "01") == {("LAO", "USA")}
