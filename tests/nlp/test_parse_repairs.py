"""Repairs of the parse (faits/nlp/parse.py), each on a sentence of our own that the model gets
wrong without it."""

from __future__ import annotations

from faits.nlp.parse import parse_texts


def parse(models, text: str):
    return next(iter(parse_texts(models.nlp, [text])))


def token(doc, text: str):
    return next(t for t in doc if t.text == text)


def test_a_wire_dateline_is_a_sentence_of_its_own(fr_models):
    doc = parse(
        fr_models, "LOMÉ — Des soldats ont incendié dans la nuit le marché central de la ville."
    )
    sentences = list(doc.sents)
    assert [s.text for s in sentences][0] == "LOMÉ —"
    verb = token(doc, "incendié")
    assert token(doc, "soldats").head == verb
    assert token(doc, "soldats").dep_ == "nsubj"
    assert token(doc, "LOMÉ").head != verb


def test_a_dateline_with_its_day_ends_at_its_dash(fr_models):
    doc = parse(fr_models, "BAMAKO, 3 mars — Le gouvernement a expulsé l'ambassadeur de Suède.")
    first = next(iter(doc.sents))
    assert first.text == "BAMAKO, 3 mars —"
    assert token(doc, "expulsé").dep_ == "ROOT"


def test_a_headline_with_a_short_dash_is_not_a_dateline(fr_models):
    doc = parse(fr_models, "OTAN - Moscou : les discussions reprennent")
    assert len(list(doc.sents)) == 1


def test_the_object_after_a_day_is_the_verbs(fr_models):
    doc = parse(
        fr_models, "Le gouvernement malien a levé mercredi la suspension des activités des partis."
    )
    verb = token(doc, "levé")
    assert token(doc, "suspension").head == verb
    assert token(doc, "suspension").dep_ == "obj"
    assert token(doc, "mercredi").dep_ == "obl:mod"


def test_a_day_is_not_a_first_object(fr_models):
    doc = parse(
        fr_models, "La France et le Royaume-Uni ont activé jeudi la procédure de sanctions."
    )
    assert token(doc, "jeudi").dep_ == "obl:mod"
    assert token(doc, "procédure").dep_ == "obj"


def test_a_bare_object_of_a_light_verb_stays_an_object(fr_models):
    doc = parse(fr_models, "Le syndicat a porté plainte la semaine dernière.")
    assert token(doc, "plainte").dep_ == "obj"


def test_a_named_object_before_an_infinitive_stays_an_object(fr_models):
    doc = parse(fr_models, "L'Iran a accusé Israël d'être derrière l'assassinat du physicien.")
    assert token(doc, "Israël").dep_ == "obj"


def test_the_object_the_parser_gave_the_day_is_the_verbs(fr_models):
    doc = parse(fr_models, "Le ministre avait promis dimanche une riposte.")
    assert token(doc, "riposte").head == token(doc, "promis")
    assert token(doc, "riposte").dep_ == "obj"


def test_a_tense_split_by_an_adverbial_phrase_keeps_its_subject(fr_models):
    doc = parse(fr_models, "Le Sénégal a de son côté convoqué l'ambassadeur ukrainien.")
    verb = token(doc, "convoqué")
    assert verb.dep_ == "ROOT"
    assert token(doc, "Sénégal").head == verb
    assert token(doc, "a").dep_ == "aux:tense"
    assert token(doc, "ambassadeur").head == verb
    assert token(doc, "ambassadeur").dep_ == "obj"


def test_avoir_with_its_own_object_stays_the_verb(fr_models):
    doc = parse(fr_models, "Il a à sa disposition des chars.")
    assert token(doc, "a").dep_ == "ROOT"


def test_a_second_participle_shares_the_first_ones_auxiliary(fr_models):
    doc = parse(
        fr_models,
        "Le gouvernement a salué un accord signé à Doha et appelé les rebelles à déposer les armes.",
    )
    assert token(doc, "appelé").head == token(doc, "salué")
    assert token(doc, "appelé").dep_ == "conj"


def test_leur_before_a_present_verb_read_as_a_noun_is_its_pronoun(fr_models):
    doc = parse(fr_models, "Le procureur leur reproche des malversations.")
    verb = token(doc, "reproche")
    assert verb.pos_ == "VERB"
    assert verb.lemma_ == "reprocher"
    assert token(doc, "procureur").head == verb
    assert token(doc, "leur").dep_ == "iobj"
    assert token(doc, "malversations").head == verb


def _misparsed(models, words, heads, deps, pos):
    """A doc with the parse the model gives some articles, to run the repairs on."""
    from spacy.tokens import Doc

    doc = Doc(models.nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    for t in doc:
        t.lemma_ = t.lower_
    return models.nlp.get_pipe("faits_participle_repair")(doc)


def test_a_subject_split_by_et_is_no_root(fr_models):
    # in context the model makes "forces" the root and the verb its clause
    words = [
        "Les",
        "forces",
        "spéciales",
        "et",
        "des",
        "milices",
        "ont",
        "tué",
        "dix",
        "civils",
        ".",
    ]
    heads = [1, 1, 1, 5, 5, 7, 7, 1, 9, 7, 1]
    deps = [
        "det",
        "ROOT",
        "amod",
        "cc",
        "case",
        "nsubj",
        "aux:tense",
        "acl",
        "nummod",
        "obj",
        "punct",
    ]
    pos = ["DET", "NOUN", "ADJ", "CCONJ", "ADP", "NOUN", "AUX", "VERB", "NUM", "NOUN", "PUNCT"]
    doc = _misparsed(fr_models, words, heads, deps, pos)
    verb = doc[7]
    assert verb.dep_ == "ROOT"
    assert doc[1].head == verb and doc[1].dep_ == "nsubj"
    assert doc[5].head == doc[1] and doc[5].dep_ == "conj"
    assert doc[10].head == verb


def test_a_subject_with_its_apposition_is_no_root(fr_models):
    words = [
        "La",
        "mission",
        "de",
        "l'",
        "ONU",
        ",",
        "la",
        "Minusma",
        ",",
        "a",
        "appelé",
        "au",
        "calme",
        ".",
    ]
    heads = [1, 1, 4, 4, 1, 1, 7, 10, 10, 10, 1, 12, 10, 1]
    deps = [
        "det",
        "ROOT",
        "case",
        "det",
        "nmod",
        "punct",
        "det",
        "nsubj",
        "punct",
        "aux:tense",
        "acl",
        "case",
        "obl:arg",
        "punct",
    ]
    pos = [
        "DET",
        "NOUN",
        "ADP",
        "DET",
        "PROPN",
        "PUNCT",
        "DET",
        "PROPN",
        "PUNCT",
        "AUX",
        "VERB",
        "ADP",
        "NOUN",
        "PUNCT",
    ]
    doc = _misparsed(fr_models, words, heads, deps, pos)
    assert doc[10].dep_ == "ROOT"
    assert doc[1].head == doc[10] and doc[1].dep_ == "nsubj"
    assert doc[7].head == doc[1] and doc[7].dep_ == "appos"


def test_a_present_verb_closing_ce_que_and_its_subject_is_the_clauses_verb(fr_models):
    doc = parse(
        fr_models,
        "Le ministre malien a accusé l'Algérie d'armer les rebelles, ce que Alger dément.",
    )
    verb = token(doc, "dément")
    assert verb.pos_ == "VERB"
    assert token(doc, "Alger").head == verb
    assert token(doc, "Alger").dep_ == "nsubj"
    assert verb.head == token(doc, "ce")


def test_a_verb_conjunct_hung_on_a_noun_joins_the_verb_of_its_form(fr_models):
    for text, first in (
        ("Le ministre a condamné une attaque « barbare » et exigé des explications.", "condamné"),
        (
            "Le Maroc a rappelé son ambassadeur à Madrid pour consultations et exigé des "
            "explications.",
            "rappelé",
        ),
    ):
        doc = parse(fr_models, text)
        assert token(doc, "exigé").head == token(doc, first)
        assert token(doc, "exigé").dep_ == "conj"


def test_a_second_title_is_coordinated_with_the_first_not_with_its_name(fr_models):
    doc = parse(
        fr_models,
        "Le président serbe Aleksandar Vucic et le Premier ministre kosovar Albin Kurti ont "
        "rencontré le médiateur.",
    )
    title = token(doc, "président")
    assert token(doc, "ministre").head == title
    assert token(doc, "ministre").dep_ == "conj"
    assert title.dep_ == "nsubj"


def _relative_read_as_clause(fr_models, que_pos):
    # "Le ministre a sanctionné les dirigeants du syndicat, qu'il accuse de blocage ." as the
    # model parses it in some articles: "accuse" a clause completing "sanctionné", "qu'" its
    # conjunction.
    words = ["Le", "ministre", "a", "sanctionné", "les", "dirigeants", "du", "syndicat", ","]
    words += ["qu'", "il", "accuse", "de", "blocage", "."]
    heads = [1, 3, 3, 3, 5, 3, 7, 5, 3, 11, 11, 3, 13, 11, 3]
    deps = ["det", "nsubj", "aux:tense", "ROOT", "det", "obj", "case", "nmod", "punct"]
    deps += ["mark", "nsubj", "ccomp", "case", "obl:arg", "punct"]
    pos = ["DET", "NOUN", "AUX", "VERB", "DET", "NOUN", "ADP", "NOUN", "PUNCT"]
    pos += [que_pos, "PRON", "VERB", "ADP", "NOUN", "PUNCT"]
    return _misparsed(fr_models, words, heads, deps, pos)


def test_que_after_a_comma_and_a_noun_phrase_opens_a_relative_clause(fr_models):
    doc = _relative_read_as_clause(fr_models, "PRON")
    verb = doc[11]
    assert verb.dep_ == "acl:relcl"
    # the head of the whole phrase, "de" complements included
    assert verb.head == doc[5]
    assert doc[9].dep_ == "obj" and doc[9].head == verb


def test_que_the_tagger_reads_as_a_conjunction_stays_one(fr_models):
    # "…, que …" after an incise may be the conjunction of what is said: only a "que" the
    # tagger itself reads as a pronoun is turned into one.
    doc = _relative_read_as_clause(fr_models, "SCONJ")
    assert doc[11].dep_ == "ccomp" and doc[11].head == doc[3]


def test_an_elided_word_before_an_opening_quote_stays_whole(fr_models):
    # "d'«" would be "d", "'" and "«": the matcher would see no "de" before the quoted label.
    doc = parse(
        fr_models, "Le ministre a qualifié le Japon d'« ami fidèle » et l'« accord » de « succès »."
    )
    assert "d'" in [t.text for t in doc]
    assert "l'" in [t.text for t in doc]
    assert not [t for t in doc if t.text in ("d", "l")]


def test_a_capitalised_first_name_read_as_a_verb_is_a_name(fr_models):
    # The model reads "Narendra" as a verb ("narendrer"), the sentence's root, with "Modi" its
    # object and the real verb an argument of it.
    doc = parse(
        fr_models, "Le Premier ministre indien Narendra Modi a promis une aide au Sri Lanka."
    )
    name = token(doc, "Narendra")
    verb = token(doc, "promis")
    assert name.pos_ == "PROPN"
    assert verb.dep_ == "ROOT"
    assert token(doc, "ministre").head == verb
    assert token(doc, "ministre").dep_ == "nsubj"
    assert token(doc, "Modi").head == name


def test_a_title_coordinated_after_a_name_read_as_a_verb_joins_the_subject(fr_models):
    doc = parse(
        fr_models,
        "Le Premier ministre indien Narendra Modi et le chancelier allemand Olaf Scholz ont "
        "signé un accord.",
    )
    verb = token(doc, "signé")
    title = token(doc, "ministre")
    assert verb.dep_ == "ROOT"
    assert title.head == verb and title.dep_ == "nsubj"
    assert token(doc, "Olaf").head == title and token(doc, "Olaf").dep_ == "conj"


def test_a_noun_between_commas_after_a_name_is_its_apposition_not_a_verb(fr_models):
    # "figure" read as the verb "figurer" made the root, with the name for its subject.
    doc = parse(
        fr_models,
        "Le militant kényan Boniface Mwangi, figure de la contestation de 2024, a été arrêté "
        "mardi par la police.",
    )
    verb = token(doc, "arrêté")
    assert verb.dep_ == "ROOT"
    assert token(doc, "militant").head == verb
    assert token(doc, "militant").dep_ == "nsubj:pass"
    assert token(doc, "figure").dep_ == "appos"
    assert token(doc, "figure").pos_ == "NOUN"


def test_a_verb_of_the_avoir_tense_with_a_passive_subject_is_active(fr_models):
    # "a … critiqué": the parser gives the verb a passive subject and voice although its only
    # auxiliary is "avoir"; the subject is the active one ("Kigali n'a pas commenté" too).
    doc = parse(
        fr_models,
        "Le Premier ministre malien Abdoulaye Maïga a sévèrement critiqué jeudi la décision "
        "de la Cour constitutionnelle.",
    )
    verb = token(doc, "critiqué")
    assert token(doc, "ministre").head == verb
    assert token(doc, "ministre").dep_ == "nsubj"
    assert "Pass" not in verb.morph.get("Voice")
    doc = parse(fr_models, "Kigali n'a pas commenté.")
    assert token(doc, "Kigali").dep_ == "nsubj"


def test_a_passive_with_the_etre_auxiliary_keeps_its_passive_subject(fr_models):
    doc = parse(fr_models, "Le ministre a été limogé mardi par le président.")
    assert token(doc, "ministre").dep_ == "nsubj:pass"


def test_an_object_clitic_read_as_an_article_is_a_pronoun(fr_models):
    # "les accuse": the tagger reads the clitic as a determiner of the verb it is the object of
    doc = parse(
        fr_models,
        "Moscou exige la libération de deux reporters. "
        "Varsovie les accuse de travailler pour les services russes.",
    )
    clitic = next(t for t in doc if t.lower_ == "les" and t.head.text == "accuse")
    assert clitic.pos_ == "PRON"
    assert clitic.morph.get("Number") == ["Plur"]
    # an article of a noun stays one
    article = next(t for t in doc if t.lower_ == "les" and t.head.text == "services")
    assert article.pos_ == "DET"


def test_a_verb_of_the_etre_tense_read_as_passive_is_active(fr_models):
    # "sont entrés", "sont convenus": the parser takes the "être" of the tense for the
    # passive's, and the subject for a patient.
    doc = parse(fr_models, "Les insurgés sont entrés mardi dans la ville de Kidal.")
    verb = token(doc, "entrés")
    assert token(doc, "insurgés").head == verb
    assert token(doc, "insurgés").dep_ == "nsubj"
    assert token(doc, "sont").dep_ == "aux:tense"
    assert "Pass" not in verb.morph.get("Voice")
    doc = parse(fr_models, "Le Ghana et le Togo sont convenus jeudi de rouvrir leur frontière.")
    assert token(doc, "Ghana").dep_ == "nsubj"
    assert token(doc, "Ghana").head == token(doc, "convenus")
