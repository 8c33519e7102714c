"""The matcher's search for complements: what may and may not complete a trigger."""

from __future__ import annotations


def codes(coded) -> set[tuple[str, str | None, str | None]]:
    return {
        (e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
        for e in coded.events
    }


def test_subject_phrase_is_no_complement_of_its_verb(code_fr):
    # The "de" of "des Affaires étrangères" sits in the subject: "qualifier … de" takes its
    # complement after the verb ("de « provocation »"), and the ministry is the source.
    coded = code_fr(
        "Le ministère indien des Affaires étrangères a qualifié l'essai de missile du Pakistan "
        "de « provocation délibérée »."
    )
    assert ("111", "INDGOV", "PAK") in codes(coded)


def test_verb_reporting_an_event_set_before_it_is_no_second_act(code_fr):
    # "annoncer [trêve]" on the reporting verb would repeat the truce with the ministry as
    # a party; the truce is the accepting parties' act, on the ministry's word.
    coded = code_fr(
        "L'armée birmane et les rebelles karens ont accepté jeudi une trêve de trois jours "
        "proposée par la Chine, a annoncé le ministère thaïlandais des Affaires étrangères."
    )
    assert {e.trigger.text for e in coded.events} == {"accepté"}
    assert all(e.cameo == "0871" for e in coded.events)


def test_reporting_participle_gives_the_reason_not_a_statement(code_fr):
    # "estimant que …" says why the ambassador was recalled; it is no 010 of its own.
    coded = code_fr(
        "La Lituanie a rappelé son ambassadeur à Minsk, estimant que la situation était "
        "devenue intenable pour ses diplomates."
    )
    assert not [e for e in coded.events if e.cameo.startswith("01")]
    assert any(e.cameo.startswith("16") for e in coded.events)


def test_adjective_misread_as_a_preposition_leaves_the_object(code_fr):
    # The parser hangs "dernière" on "opération" as its "case": the operation is still the
    # object of "mener", not a phrase of another preposition.
    coded = code_fr(
        "Les armées tchadienne et camerounaise ont mené la semaine dernière une opération "
        "commune contre Boko Haram."
    )
    assert any(e.cameo.startswith("06") for e in coded.events)


def test_purpose_clause_of_a_blockade_is_no_protest_of_its_own(code_fr):
    # "pour protester contre …" says what the blockade is for; the parser hangs it on the
    # points of passage, which it makes the object of "jeudi".
    coded = code_fr(
        "Des milliers d'agriculteurs roumains bloquent depuis jeudi les principaux points de "
        "passage de la frontière avec la Moldavie pour protester contre l'afflux de blé moldave."
    )
    assert not [e for e in coded.events if e.cameo.startswith("11")]


def test_detached_participle_with_its_clitic_continues_the_subjects_act(code_fr):
    # "lui" stands between the comma and "reprochant": the participle is still set off, so
    # it is Burundi's reproach, not a modifier of the ambassador's phrase.
    coded = code_fr(
        "Le Burundi a convoqué l'ambassadeur du Rwanda, lui reprochant le soutien de Kigali "
        "aux rebelles."
    )
    assert ("112", "BDI", "RWAGOV") in codes(coded)


def test_toll_of_fighting_is_no_mass_killing_of_its_own(code_fr):
    # "ont fait des dizaines de morts" says what the clashes cost; read as mass killing
    # (20x) between the same parties it would be a second, graver event.
    coded = code_fr(
        "Les combats entre l'armée tchadienne et les rebelles du FACT ont fait des dizaines "
        "de morts dans le nord du pays."
    )
    assert any(e.cameo.startswith("19") for e in coded.events)
    assert not any(e.cameo.startswith("20") for e in coded.events)


def test_participle_naming_who_made_a_noun_is_no_act(code_fr):
    # "négociée par" says who made the truce (the tagger even reads it as an infinitive);
    # the mediators do not negotiate with each other. A reaction on the same noun is an act.
    coded = code_fr(
        "Les rebelles et le gouvernement tchadien ont accepté lundi un cessez-le-feu négocié "
        "par le Togo et le Niger."
    )
    assert not [e for e in coded.events if e.cameo.startswith("04")]
    coded = code_fr("Le Kenya a suspendu un accord de paix, une décision condamnée par la France.")
    assert ("111", "FRA", "KEN") in codes(coded)


def test_participle_naming_who_broke_relations_is_no_second_break(code_fr):
    # "rompues par La Paz" only says who broke the relations now restored.
    coded = code_fr("La Bolivie a renoué avec Israël, relations rompues par La Paz en 2023.")
    assert not [e for e in coded.events if e.cameo.startswith("16")]


def test_event_noun_with_its_parties_after_de_is_no_modifier(code_fr):
    # "au lendemain de discussions entre …": a bare noun after "de", but with the parties of
    # its own; it is the talks, not a kind of day.
    coded = code_fr(
        "Le Parlement a adopté une motion au lendemain de discussions entre la Chine et l'Inde "
        "à Pékin."
    )
    assert ("040", "CHN", "IND") in codes(coded)


def test_event_noun_after_the_plural_article_de_is_no_modifier(code_fr):
    # "de violents affrontements": "de" is the plural article before an adjective.
    coded = code_fr(
        "Un couvre-feu a été décrété samedi à Conakry au terme de violents affrontements entre "
        "les forces de l'ordre et les partisans de l'opposition."
    )
    assert any(e.cameo.startswith(("17", "19")) for e in coded.events)


def test_plural_event_noun_after_a_bare_de_is_no_modifier(code_fr):
    # "de bombardements russes", "d'affrontements entre …": "de" stands for the plural
    # article; the noun counts attacks, it is no kind of report or of day.
    coded = code_fr("L'armée ukrainienne a fait état de bombardements russes sur Kharkiv.")
    assert ("195", "RUS", "UKR") in codes(coded)
    coded = code_fr(
        "Les deux pays ont signé une trêve au terme de deux jours d'affrontements entre les "
        "soldats arméniens et les troupes azerbaïdjanaises."
    )
    assert ("190", "ARMMIL", "AZEMIL") in codes(coded)


def test_guest_received_by_a_host_is_the_hosts_reception_not_authorship(code_fr):
    # "X, reçu par Y, a …": a participle with an agent set off on the subject tells the
    # reception, no thing Y made ("une trêve négociée par le Qatar").
    coded = code_fr(
        "Le président kényan William Ruto, reçu mardi par son homologue tanzanien Samia "
        "Suluhu Hassan, a promis de relancer le projet de pipeline."
    )
    assert {("043", "TZAGOV", "KENGOV"), ("042", "KENGOV", "TZAGOV")} <= codes(coded)


def test_verb_coordinated_after_an_event_noun_is_no_complement_of_it(code_fr):
    # "attaque [*]" must not take the next act of the subject, found by word order past
    # "et", as its complement: the solidarity and the suspension are acts of their own.
    coded = code_fr(
        "Le Kenya a condamné « fermement » l'attaque et exprimé sa solidarité avec Mogadiscio."
    )
    assert ("018", "KEN", "SOMGOV") in codes(coded)
    coded = code_fr(
        "L'Égypte a condamné une « attaque odieuse » et suspendu sa médiation entre Israël et "
        "le Hamas."
    )
    assert ("165", "EGY", "ISR") in codes(coded)


def test_visit_set_off_on_the_subject_is_the_subjects_visit(code_fr):
    # "X, attendu jeudi à Tokyo, doit …": the participle on the name in apposition to the
    # subject tells the subject's coming visit, no quality of the subject.
    coded = code_fr(
        "Le Premier ministre indien Narendra Modi, attendu jeudi à Tokyo, doit signer "
        "plusieurs accords commerciaux."
    )
    assert ("042", "INDGOV", "JPN") in codes(coded)


def test_bare_noun_qualifying_a_noun_is_still_no_event(code_fr):
    coded = code_fr("Les avions de combat russes ont survolé la capitale.")
    assert not [e for e in coded.events if e.trigger.text == "combat"]


def test_participle_on_a_text_is_what_its_author_does(code_fr):
    # A present participle on a statement text is the text's act, so its adopter's or
    # publisher's; the cease-fire it demands is no cease-fire declared.
    coded = code_fr(
        "Le ministère des Affaires étrangères a publié un communiqué dénonçant l'arrestation "
        "de trois diplomates russes à Tbilissi.",
        published="2025-03-04",
    )
    assert "111" in {e.cameo for e in coded.events}
    coded = code_fr(
        "Le Conseil de sécurité a adopté une résolution exigeant un cessez-le-feu immédiat à Gaza.",
        published="2025-03-04",
    )
    assert {e.cameo[:2] for e in coded.events} == {"10"}


def test_mediation_that_is_asked_for_has_not_happened(code_fr):
    coded = code_fr(
        "L'Union africaine a appelé mardi Addis-Abeba et Asmara à reprendre le dialogue sous "
        "l'égide du Kenya.",
        published="2025-03-04",
    )
    assert [e for e in coded.events if e.cameo.startswith("02")]
    assert not [e for e in coded.events if e.cameo == "045"]


def test_act_named_as_the_subject_of_a_warnings_content_is_that_content(code_fr):
    coded = code_fr(
        "Le ministre philippin de la Défense a averti jeudi Pékin que toute attaque chinoise "
        "contre les navires philippins en mer de Chine méridionale aurait de graves conséquences.",
        published="2025-03-04",
    )
    assert [e for e in coded.events if e.cameo.startswith("13")]
    assert not [e for e in coded.events if e.cameo.startswith("19")]


def test_participle_naming_who_backs_or_recognises_an_actor_is_a_status(code_fr):
    # Who backs an armed group or recognises a government is a standing status told by a
    # participle, not an act; praise of an act told the same way stays a reaction.
    coded = code_fr(
        "Le gouvernement de Tripoli, reconnu par l'ONU, n'a pas réagi.", published="2025-03-04"
    )
    assert not [e for e in coded.events if e.cameo.startswith("054")]
    coded = code_fr(
        "Les rebelles du M23, soutenus par le Rwanda, ont pris la ville de Walikale.",
        published="2025-03-04",
    )
    assert not [e for e in coded.events if e.cameo == "051"]
    coded = code_fr(
        "Le retrait des troupes russes, salué par Kiev, a commencé mardi.", published="2025-03-04"
    )
    assert [e for e in coded.events if e.cameo == "051"]


def test_word_of_an_organisation_name_is_no_trigger(code_fr):
    # "le Rassemblement national" names a party; no rally took place.
    coded = code_fr(
        "PARIS, 9 mars (AFP) - Le président a nommé mardi un nouveau Premier ministre, au "
        "lendemain de la chute du gouvernement. Les Écologistes ont aussitôt annoncé le dépôt "
        "d'une motion de censure, tandis que le Rassemblement national a réclamé la dissolution "
        "de l'Assemblée."
    )
    assert not [e for e in coded.events if e.trigger.text == "Rassemblement"]
    assert [e for e in coded.events if e.trigger.text == "réclamé"]


def test_participle_a_speaker_says_of_itself_is_no_adjective(fr_models):
    # "…, tout en se disant ouvert à une coopération": the parser hangs "ouvert" on
    # "disant" as a clause; it is what the speaker declares itself, as "s'est dit prêt à".
    from spacy.tokens import Doc

    from faits.events.matching import _adjectival

    words = ["Il", "a", "refusé", ",", "tout", "en", "se", "disant", "ouvert", "à", "une"]
    words += ["coopération", "."]
    heads = [2, 2, 2, 7, 7, 7, 7, 2, 7, 11, 11, 8, 2]
    deps = ["nsubj", "aux:tense", "ROOT", "punct", "advmod", "mark", "expl:comp", "advcl"]
    deps += ["advcl", "case", "det", "obl:arg", "punct"]
    pos = ["PRON", "AUX", "VERB", "PUNCT", "ADV", "ADP", "PRON", "VERB", "VERB", "ADP", "DET"]
    pos += ["NOUN", "PUNCT"]
    lemmas = ["il", "avoir", "refuser", ",", "tout", "en", "se", "dire", "ouvrir", "à", "un"]
    lemmas += ["coopération", "."]
    morphs = [""] * 13
    morphs[8] = "Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part"
    morphs[7] = "Tense=Pres|VerbForm=Part"
    doc = Doc(
        fr_models.nlp.vocab,
        words=words,
        heads=heads,
        deps=deps,
        pos=pos,
        lemmas=lemmas,
        morphs=morphs,
    )
    assert not _adjectival(doc[8], fr_models.events.cues)


def test_fired_only_keeps_every_fired_pattern(fr_models, event_model):
    # The coder asks only for fired patterns; leaving out those whose first complement is
    # nowhere in the sentence must lose none: a toll counted by the hundred, a participle
    # on a noun (its step may be that noun) and ordinary objects.
    from faits.events.matching import candidates
    from faits.nlp.parse import parse_texts

    text = (
        "Les miliciens ont tué plus de 300 civils dans la région. L'accord signé par les deux "
        "pays a été salué par l'ONU, qui a condamné les frappes et exigé un cessez-le-feu."
    )
    doc = next(iter(parse_texts(fr_models.nlp, [text])))
    for sentence in doc.sents:
        every = candidates(sentence, event_model.index, event_model.cues)
        fired = candidates(sentence, event_model.index, event_model.cues, fired_only=True)
        wanted = [(c.trigger.i, c.pattern.rule, c.complements) for c in every if c.fired]
        assert [(c.trigger.i, c.pattern.rule, c.complements) for c in fired if c.fired] == wanted
        assert len(fired) < len(every)
    toll = next(iter(doc.sents))
    fired = candidates(toll, event_model.index, event_model.cues, fired_only=True)
    assert any(c.pattern.code.startswith("20") for c in fired if c.fired)


def test_detached_participle_after_its_elided_clitic_is_an_act(code_fr):
    # The tagger reads the "l'" of "…, l'accusant de" as a determiner; the participle set
    # off by the comma is the subject's accusation all the same, not a qualifier of the name.
    coded = code_fr(
        "La justice turque a déclaré « indésirable » Human Rights Watch, l'accusant de servir "
        "les intérêts étrangers."
    )
    assert ("112", "TURJUD", "NGOHRIHRW") in codes(coded)


def test_a_bare_past_participle_joined_to_an_infinitive_is_the_subjects_own_act(code_fr):
    # "a exhorté Bakou à protéger … et demandé à l'Arménie …": the parser joins "demandé" to
    # the infinitive of the appeal's content, but with no auxiliary of its own it shares the
    # "a" of "a exhorté": Moscow's second appeal, not part of what it urges Baku to do.
    coded = code_fr(
        "Moscou a exhorté Bakou à protéger ses ressortissants et demandé à l'Arménie de rouvrir "
        "la frontière.",
        published="2025-03-04",
    )
    assert ("020", "RUSGOV", "ARM") in codes(coded)
    coded = code_fr(
        "Pékin a pressé Manille de cesser ses patrouilles et averti que toute provocation serait "
        "« punie ».",
        published="2025-03-04",
    )
    assert ("130", "CHNGOV", "PHLGOV") in codes(coded)


def test_a_relative_with_its_own_subject_is_no_part_of_a_purpose(code_fr):
    # "pour faire interdire les partis d'opposition" is what the referral is for; the
    # relative after it, with a subject of its own, is the government's accusation.
    coded = code_fr(
        "Le gouvernement géorgien a saisi la Cour constitutionnelle pour faire interdire les "
        "partis d'opposition, qu'il accuse d'avoir orchestré les violences.",
        published="2025-03-04",
    )
    assert ("112", "GEOGOV", "GEOOPP") in codes(coded)
