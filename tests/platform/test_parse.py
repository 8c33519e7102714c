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
