"""faits.tokens reads what spaCy's own attributes give, once per doc (helper P's speed change)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from faits.tokens import dependents, feature, sentence_of, span_text


def _doc(vocab=None) -> Doc:
    vocab = vocab or spacy.blank("fr").vocab
    words = ["Paris", "a", "condamné", "l'", "attaque", ".", "Moscou", "dément", "."]
    return Doc(
        vocab,
        words=words,
        spaces=[True, True, True, False, False, True, True, False, False],
        heads=[2, 2, 2, 4, 2, 2, 7, 7, 7],
        deps=["nsubj", "aux:tense", "ROOT", "det", "obj", "punct", "nsubj", "ROOT", "punct"],
        morphs=[
            "Gender=Masc|Number=Sing",
            "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin",
            "Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part",
            "Definite=Def|Number=Sing|PronType=Art",
            "Gender=Fem|Number=Sing",
            "",
            "",
            "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin",
            "",
        ],
        sent_starts=[True, False, False, False, False, False, True, False, False],
    )


def test_each_read_is_spacy_s_own() -> None:
    doc = _doc()
    for token in doc:
        assert [c.i for c in dependents(token)] == [c.i for c in token.children]
        assert (sentence_of(token).start, sentence_of(token).end) == (
            token.sent.start,
            token.sent.end,
        )
        for field in ("VerbForm", "Tense", "Gender", "PronType", "Reflex"):
            assert feature(token, field) == token.morph.get(field, [])
    for start in range(len(doc)):
        for end in range(start + 1, len(doc) + 1):
            assert span_text(doc[start:end]) == doc[start:end].text


def test_a_new_doc_is_read_anew() -> None:
    first = _doc()
    assert [c.text for c in dependents(first[2])] == ["Paris", "a", "attaque", "."]
    second = Doc(first.vocab, words=["Kiev", "proteste"], heads=[1, 1], deps=["nsubj", "ROOT"])
    assert [c.text for c in dependents(second[1])] == ["Kiev"]
    assert span_text(second[0:2]) == "Kiev proteste"
    # and back to the first, whose reads were replaced meanwhile
    assert [c.text for c in dependents(first[7])] == ["Moscou", "."]
    assert span_text(first[6:8]) == "Moscou dément"
