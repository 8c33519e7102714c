from faits.nlp.document import content_sentences
from faits.nlp.parse import doc_from_bytes, doc_to_bytes, parse_texts, split_for_parsing


def test_line_breaks_end_sentences(fr_models):
    doc = next(
        parse_texts(fr_models.nlp, ["Titre sans point\nLa Russie a rencontré la Chine.\n\nFin"])
    )
    assert [s.text for s in content_sentences(doc)] == [
        "Titre sans point",
        "La Russie a rencontré la Chine.",
        "Fin",
    ]


def test_long_text_is_parsed_in_chunks_with_identical_text(fr_models):
    paragraph = "Le ministre russe des Affaires étrangères a rencontré son homologue chinois.\n"
    text = paragraph * 2000
    assert len(split_for_parsing(text)) > 1
    assert "".join(split_for_parsing(text)) == text
    doc = next(parse_texts(fr_models.nlp, [text]))
    assert doc.text == text
    assert len(content_sentences(doc)) == 2000


def test_parse_survives_the_store_roundtrip(fr_models):
    doc = next(
        parse_texts(fr_models.nlp, ["Moscou a réitéré sa volonté de travailler avec Pyongyang."])
    )
    again = doc_from_bytes(fr_models.nlp, doc_to_bytes(doc))
    assert again.text == doc.text
    assert [(t.lemma_, t.dep_, t.head.i, t.pos_) for t in again] == [
        (t.lemma_, t.dep_, t.head.i, t.pos_) for t in doc
    ]
    assert [(e.text, e.label_) for e in again.ents] == [(e.text, e.label_) for e in doc.ents]


def test_stored_bytes_are_spacys_own(fr_models):
    """The packing shortcut writes exactly ``Doc.to_bytes``'s fields (the strings in any order)
    and reads them back, so parses stored before it (or by another tool) still load."""
    import zlib

    from srsly import msgpack_loads

    text = "Le Japon a consulté la Corée du Sud sur la menace de Kim Jong-un."
    doc = next(parse_texts(fr_models.nlp, [text]))
    for stored in (doc_to_bytes(doc), doc_to_bytes(doc, text)):
        ours = msgpack_loads(zlib.decompress(stored))
        spacys = msgpack_loads(doc.to_bytes(exclude=["tensor", "user_data"]))
        assert ours.keys() == spacys.keys()
        assert set(ours.pop("strings")) == set(spacys.pop("strings"))
        assert (ours.pop("array_body") == spacys.pop("array_body")).all()
        assert ours == spacys
        again = doc_from_bytes(fr_models.nlp, stored)
        assert (
            again.to_bytes()
            == type(doc)(fr_models.nlp.vocab).from_bytes(zlib.decompress(stored)).to_bytes()
        )


def test_a_wrong_text_given_to_the_serialiser_is_not_stored(fr_models):
    doc = next(parse_texts(fr_models.nlp, ["Moscou a salué la décision."]))
    again = doc_from_bytes(fr_models.nlp, doc_to_bytes(doc, "Moscou"))
    assert again.text == doc.text


def test_batches_keep_order_and_empty_texts(fr_models):
    docs = list(parse_texts(fr_models.nlp, ["Un.", "", "Deux trois."]))
    assert [d.text for d in docs] == ["Un.", "", "Deux trois."]


def test_question_mark_for_a_lost_letter_does_not_end_the_sentence(fr_models):
    doc = next(
        parse_texts(
            fr_models.nlp,
            [
                "Le sommet aura lieu à Hano?, au Vietnam. Il viendra à Hano? les 27 et 28 février. "
                "Qui viendra? Personne."
            ],
        )
    )
    assert [s.text for s in content_sentences(doc)] == [
        "Le sommet aura lieu à Hano?, au Vietnam.",
        "Il viendra à Hano? les 27 et 28 février.",
        "Qui viendra?",
        "Personne.",
    ]


def test_no_sentence_starts_after_a_word(fr_models):
    """The parser cut subjects off their verbs ("Pékin | a annulé …") and incises off their
    clause; a sentence ends with a mark, so nothing after a word starts one. A colon may
    still end a headline's topic."""
    texts = [
        "Pékin a annulé mardi les pourparlers militaires avec Washington en représailles.",
        "Paris et Berlin partagent la même analyse sur la nécessité d'un emprunt commun.",
        "Le militant Alaa Abdel Fattah, détenu depuis 2019, a entamé une grève de la faim.",
    ]
    for doc in parse_texts(fr_models.nlp, texts):
        assert len(content_sentences(doc)) == 1, doc.text
    doc = next(
        parse_texts(fr_models.nlp, ["Somalie : au moins 32 morts. Le gouvernement a réagi."])
    )
    assert content_sentences(doc)[-1].text == "Le gouvernement a réagi."


def test_a_participle_tagged_as_a_noun_after_its_auxiliary_is_the_verb(fr_models):
    """The tagger reads "massacré" after "ont" as a noun of lemma "massacré"; the parser still
    hangs "ont" on it as its tense auxiliary, so it is the verb "massacrer"."""
    doc = next(
        parse_texts(fr_models.nlp, ["Des miliciens ont massacré plus de 160 villageois hier."])
    )
    word = next(t for t in doc if t.text == "massacré")
    assert (word.pos_, word.lemma_) == ("VERB", "massacrer")
    assert str(word.morph) == "Tense=Past|VerbForm=Part"


def test_a_participle_unknown_to_the_lemmatiser_is_read_by_its_ending(fr_models):
    """ "geler" is missing from the lemmatiser's verb index: "a gelé" is still "geler"."""
    doc = next(parse_texts(fr_models.nlp, ["La France a gelé les avoirs de l'oligarque."]))
    word = next(t for t in doc if t.text == "gelé")
    assert (word.pos_, word.lemma_) == ("VERB", "geler")


def test_nouns_after_avoir_stay_nouns(fr_models):
    """Only the head of a tense auxiliary is repaired: "avoir lieu", "avoir peur" keep their
    nouns."""
    doc = next(parse_texts(fr_models.nlp, ["Le sommet a lieu à Paris. Les autorités ont peur."]))
    assert {t.text: t.pos_ for t in doc if t.text in ("lieu", "peur")} == {
        "lieu": "NOUN",
        "peur": "NOUN",
    }


def test_a_present_verb_the_lemmatiser_leaves_as_written_gets_its_infinitive(fr_models):
    """ "réclame" comes out of the lemmatiser as its own lemma: it is "réclamer"."""
    doc = next(parse_texts(fr_models.nlp, ["L'ONU réclame un cessez-le-feu immédiat."]))
    word = next(t for t in doc if t.text == "réclame")
    assert (word.pos_, word.lemma_) == ("VERB", "réclamer")


def test_a_present_verb_tagged_as_a_noun_with_a_subject_is_the_verb(fr_models):
    """ "L'UE sanctionne la Biélorussie": NOUN "sanctionne" heads "UE" as its subject; it
    becomes the verb and "la Biélorussie", hung on it as a noun modifier, its object."""
    doc = next(parse_texts(fr_models.nlp, ["L'UE sanctionne la Biélorussie."]))
    verb = next(t for t in doc if t.text == "sanctionne")
    assert (verb.pos_, verb.lemma_, verb.dep_) == ("VERB", "sanctionner", "ROOT")
    assert {t.text: t.dep_ for t in verb.children if t.pos_ == "PROPN"} == {
        "UE": "nsubj",
        "Biélorussie": "obj",
    }


def test_a_present_verb_hung_on_the_name_before_it_becomes_the_root(fr_models):
    """ "Moscou expulse deux diplomates": the parser makes "Moscou" the root and the verb its
    clause; the verb becomes the root, the capital its subject, the diplomats its object."""
    doc = next(parse_texts(fr_models.nlp, ["Moscou expulse deux diplomates estoniens."]))
    verb = doc[1]
    assert (verb.dep_, doc[0].dep_, doc[0].head.i, doc[3].dep_, doc[3].head.i) == (
        "ROOT",
        "nsubj",
        1,
        "obj",
        1,
    )
    assert [s.text for s in doc.sents] == ["Moscou expulse deux diplomates estoniens."]


def test_an_adjective_after_a_name_stays_an_adjective(fr_models):
    """Only a form the lemmatiser's verb index knows is turned into a verb, and only in a
    sentence with no verb of its own."""
    texts = ["La Chine populaire.", "Le Parlement européen vote la loi."]
    docs = list(parse_texts(fr_models.nlp, texts))
    assert docs[0][2].pos_ == "ADJ"
    assert next(t for t in docs[1] if t.text == "européen").pos_ == "ADJ"


def test_present_tense_headlines_are_coded_end_to_end(fr_models):
    """The repaired verbs reach the event coder: both sentences gave no event before."""
    import faits

    expulsion = faits.code_text("Moscou expulse deux diplomates estoniens.", language="fr")
    delivery = faits.code_text("Berlin livre des chars Leopard à Kiev.", language="fr")
    assert [(e.cameo, e.source.country, e.target.country) for e in expulsion.events] == [
        ("161", "RUS", "EST")
    ]
    assert [(e.cameo, e.source.country, e.target.country) for e in delivery.events] == [
        ("072", "DEU", "UKR")
    ]


def test_a_present_verb_read_as_the_subjects_adjective_before_an_object_root(fr_models):
    """ "Le Mali ferme sa frontière": the parser makes "frontière" the root with "Mali" as its
    subject and "ferme" Mali's adjective; the verb becomes the root, the border its object."""
    import faits

    doc = next(parse_texts(fr_models.nlp, ["Le Mali ferme sa frontière avec la Mauritanie."]))
    verb = doc[2]
    assert (verb.pos_, verb.lemma_, verb.dep_) == ("VERB", "fermer", "ROOT")
    assert (doc[1].dep_, doc[1].head.i, doc[4].dep_, doc[4].head.i) == ("nsubj", 2, "obj", 2)
    coded = faits.code_text("Le Pakistan ferme ses frontières avec l'Afghanistan.", language="fr")
    assert [(e.cameo[:2], e.source.country) for e in coded.events] == [("19", "PAK")]


def test_present_verbs_the_parser_reads_as_nouns_marks_or_clauses(fr_models):
    """Present-tense leads the parser breaks in other ways: the verb as a mark after its
    subject ("incendient": punct), a "subject" after the verb that is its object ("Bamako
    expulse le porte-parole"), a name or noun phrase hung on the verb as a noun's modifier
    ("bombarde Kharkiv": flat:name), a first-group form read as another verb's ("tue":
    "taire")."""
    texts = [
        "Des émeutiers incendient le siège de la télévision.",
        "Bamako expulse le porte-parole de la mission.",
        "L'armée russe bombarde Kharkiv et Kiev pendant la nuit.",
        "Un Tunisien de 21 ans tue trois personnes.",
    ]
    fire, expel, shell, kill = parse_texts(fr_models.nlp, texts)
    assert (fire[2].pos_, fire[2].lemma_, fire[2].dep_, fire[1].dep_, fire[4].dep_) == (
        "VERB",
        "incendier",
        "ROOT",
        "nsubj",
        "obj",
    )
    assert (expel[1].dep_, expel[0].dep_, expel[3].dep_) == ("ROOT", "nsubj", "obj")
    assert (shell[4].text, shell[4].dep_, shell[4].head.text) == ("Kharkiv", "obj", "bombarde")
    assert next(t for t in kill if t.text == "tue").lemma_ == "tuer"


def test_a_present_verb_after_a_titled_name_and_the_words_that_stay_nouns(fr_models):
    """The verb may hang deep in the subject's phrase ("Le Premier ministre bulgare Kiril
    Petkov expulse": on the name, itself on "ministre"); nouns with an article ("le chef de
    l'armée"), known adjectives ("la diplomatie chinoise") and feminine participles
    ("condamnée") are never made present verbs."""
    texts = [
        "Le Premier ministre bulgare Kiril Petkov expulse 70 diplomates russes.",
        "Israël frappe dans la nuit des sites militaires iraniens.",
        "Le chef de l'armée soudanaise a menacé les rebelles.",
        "Le chef de la diplomatie chinoise Wang Yi est arrivé à Téhéran.",
        "Tunisie : l'opposante Abir Moussi condamnée à deux ans de prison",
    ]
    expel, strike, army, china, sentenced = parse_texts(fr_models.nlp, texts)
    verb = next(t for t in expel if t.text == "expulse")
    assert (verb.pos_, verb.dep_, expel[2].dep_, expel[2].head.i) == ("VERB", "ROOT", "nsubj", 6)
    assert next(t for t in expel if t.text == "diplomates").dep_ == "obj"
    assert (strike[1].dep_, strike[0].dep_) == ("ROOT", "nsubj")
    assert next(t for t in army if t.text == "armée").pos_ == "NOUN"
    assert next(t for t in china if t.text == "chinoise").pos_ == "ADJ"
    assert next(t for t in sentenced if t.text == "condamnée").morph.get("VerbForm") != ["Fin"]


def test_future_and_conditional_forms_the_parser_misreads_are_verbs(fr_models):
    """ "enquêteront" tagged a noun after its subject's phrase, and "signeraient" read as the
    copula of "accord" (only "être" is one), are the clauses' verbs, with the tense and mood
    their endings say; both sentences coded nothing before."""
    import faits

    probe, sign = parse_texts(
        fr_models.nlp,
        [
            "Les enquêteurs de l'ONU enquêteront sur les crimes commis au Darfour.",
            "Les deux pays signeraient un accord la semaine prochaine.",
        ],
    )
    verb = next(t for t in probe if t.text == "enquêteront")
    assert (verb.pos_, verb.lemma_, verb.dep_, verb.morph.get("Tense")) == (
        "VERB",
        "enquêter",
        "ROOT",
        ["Fut"],
    )
    verb = next(t for t in sign if t.text == "signeraient")
    assert (verb.pos_, verb.dep_, next(t for t in sign if t.text == "accord").dep_) == (
        "VERB",
        "ROOT",
        "obj",
    )
    coded = faits.code_text(
        "La Russie et la Chine signeraient un accord de coopération militaire.", language="fr"
    )
    assert {(e.cameo[:2], e.source.country, e.modality.hypothetical) for e in coded.events} == {
        ("05", "RUS", True),
        ("05", "CHN", True),
    }


def test_a_present_form_the_tagger_calls_future_is_the_present(fr_models):
    """The tagger reads "interpelle" as a future; no French future ends so, and an arrest
    reported in the present is no plan. True futures and conditionals keep their tense."""
    import faits

    doc = next(parse_texts(fr_models.nlp, ["La police interpelle lundi le magnat Jimmy Lai."]))
    assert next(t for t in doc if t.text == "interpelle").morph.get("Tense") == ["Pres"]
    doc = next(parse_texts(fr_models.nlp, ["Le ministre rencontrera son homologue."]))
    assert next(t for t in doc if t.text == "rencontrera").morph.get("Tense") == ["Fut"]
    coded = faits.code_text(
        "La police de Hong Kong interpelle lundi le magnat de la presse Jimmy Lai.",
        language="fr",
        published="2020-08-10",
    )
    assert [(e.cameo, e.modality.future) for e in coded.events] == [("173", False)]


def test_an_auxiliary_in_a_relative_clause_does_not_stop_the_repair(fr_models):
    """ "L'État islamique revendique l'attentat qui a fait …": the auxiliary belongs to the
    relative clause, so the main clause still lacks a verb and "revendique" is it."""
    doc = next(
        parse_texts(
            fr_models.nlp,
            ["L'État islamique revendique l'attentat qui a fait trente morts à Kaboul."],
        )
    )
    verb = next(t for t in doc if t.text == "revendique")
    assert (verb.dep_, doc[1].dep_, doc[1].head.i) == ("ROOT", "nsubj", verb.i)


def test_a_phrase_with_a_preposition_is_never_made_the_subject(fr_models):
    """ "Selon Amnesty International, l'armée birmane pilonne …": the parser roots the sentence
    on "Amnesty"; a phrase under "selon" is no subject, so the repair leaves it alone."""
    doc = next(
        parse_texts(
            fr_models.nlp,
            ["Selon Amnesty International, l'armée birmane pilonne des dizaines de villages."],
        )
    )
    assert doc[1].dep_ != "nsubj"
