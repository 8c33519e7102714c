"""Every entry of the quote lexicons has an example sentence, and the example works."""

from __future__ import annotations

import pytest

from faits.lexicons import load_yaml

SPEECH_VERBS = load_yaml("fr", "quotes/speech_verbs.yaml")
FILES = (
    "speech_verbs.yaml",
    "marks.yaml",
    "cues.yaml",
    "complementizers.yaml",
    "pronouns.yaml",
    "speaker_nouns.yaml",
    "negations.yaml",
)


@pytest.mark.parametrize("entry", SPEECH_VERBS, ids=[e["id"] for e in SPEECH_VERBS])
def test_speech_verb_example_yields_a_quote_by_that_verb(entry, quotes_of, quote_stack):
    nlp = quote_stack[0]
    forms = {f.lower() for f in entry.get("forms", [])}
    verb_words = {
        t.text
        for t in nlp(entry["example"])
        if t.lemma_.lower() == entry["lemma"] or t.lower_ in forms
    }
    quotes = quotes_of(entry["example"])
    assert quotes, entry["example"]
    assert any(q.verb and q.verb.split()[-1] in verb_words for q in quotes), [
        q.verb for q in quotes
    ]
    assert all(q.speaker is not None and q.speaker.text for q in quotes)


@pytest.mark.parametrize(
    "name",
    ["marks.yaml", "cues.yaml", "complementizers.yaml", "pronouns.yaml", "speaker_nouns.yaml"],
)
def test_examples_yield_an_attributed_quote(name, quotes_of):
    for entry in load_yaml("fr", f"quotes/{name}"):
        quotes = quotes_of(entry["example"])
        assert quotes and all(q.speaker and q.speaker.text for q in quotes), entry["id"]


def test_pronoun_examples_resolve_to_the_antecedent(quotes_of):
    for entry in load_yaml("fr", "quotes/pronouns.yaml"):
        quote = quotes_of(entry["example"])[-1]
        assert quote.speaker.text.lower() == entry["word"], entry["id"]
        assert quote.speaker.name and quote.speaker.name.lower() != entry["word"], entry["id"]


def test_negation_example_is_not_a_reported_clause(quotes_of):
    (entry,) = load_yaml("fr", "quotes/negations.yaml")
    quotes = quotes_of(entry["example"])
    assert [q.text for q in quotes] == [
        "la Corée du Nord n'avait demandé qu'une levée partielle des sanctions"
    ]


@pytest.mark.parametrize("name", FILES)
def test_every_entry_has_a_unique_id_and_an_example(name):
    entries = load_yaml("fr", f"quotes/{name}")
    ids = [e["id"] for e in entries]
    assert len(ids) == len(set(ids))
    assert all(e.get("example") for e in entries)
