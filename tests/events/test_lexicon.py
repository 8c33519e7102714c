"""The French event lexicon: size, coverage of CAMEO, pattern syntax, cue files."""

from __future__ import annotations

import pytest

from faits.events.lexicon import ROOTS, Enactment, enacted_patterns, parse_pattern
from faits.lexicons import LexiconError, lexicon_path
from faits.ontology import load_ontology

REFLEXIVES = frozenset({"se", "s'"})
CONTRACTIONS = {"au": "à", "d'": "de"}


def parse(text: str):
    entry = {"id": "x", "code": "040"}
    return parse_pattern(
        text, rule="r", entry=entry, kind="verb", reflexives=REFLEXIVES, contractions=CONTRACTIONS
    )


def test_one_file_per_root_and_enough_patterns(event_model):
    assert all(lexicon_path("fr", f"events/{root}.yaml").exists() for root in ROOTS)
    assert event_model.lexicon.pattern_count >= 1500


def test_every_three_digit_code_has_a_pattern_and_an_example(event_model):
    codes = {p.code for patterns in event_model.index.values() for p in patterns}
    examples = {e.code for e in event_model.lexicon.examples}
    three = [c for c in load_ontology().codes if len(c) == 3]
    assert [c for c in three if c not in codes] == []
    assert [c for c in three if c not in examples] == []


def test_rules_cite_file_and_entry(event_model):
    for patterns in event_model.index.values():
        for pattern in patterns:
            path, entry = pattern.rule.split("#")
            assert path == f"fr/events/{pattern.code[:2]}.yaml" and entry == pattern.entry_id


def test_reflexive_with_target_preposition():
    pattern = parse("s'entretenir avec")
    assert (pattern.trigger, pattern.reflexive, pattern.target_preposition) == (
        "entretenir",
        True,
        "avec",
    )
    assert pattern.steps == ()


def test_complement_chain_with_prepositions():
    pattern = parse("refuser de [lever|alléger] [sanction]")
    assert pattern.trigger == "refuser"
    assert [(s.preposition, sorted(s.lemmas)) for s in pattern.steps] == [
        ("de", ["alléger", "lever"]),
        (None, ["sanction"]),
    ]


def test_fixed_words_and_contractions():
    pattern = parse("se dire d'[accord]")
    assert pattern.reflexive and pattern.trigger == "dire"
    assert [(s.preposition, set(s.lemmas)) for s in pattern.steps] == [("de", {"accord"})]
    light = parse("faire part de [inquiétude]")
    assert [set(s.lemmas) for s in light.steps] == [{"part"}, {"inquiétude"}]
    assert light.steps[1].preposition == "de"


def test_specific_patterns_outrank_bare_ones():
    assert parse("imposer [sanction]").specificity > parse("imposer").specificity
    assert parse("se rendre à [armée]").specificity > parse("se rendre à [*]").specificity


def test_empty_pattern_is_refused():
    with pytest.raises(LexiconError):
        parse("se")


def test_no_pattern_reads_an_article_as_the_preposition_of_a_complement(event_model):
    """ "cesser le [travail]" would require "le" to introduce "travail" and never fire."""
    from faits.lexicons import load_yaml

    roles = {entry["id"]: entry for entry in load_yaml("fr", "events/roles.yaml")}
    articles = set(roles["articles"]["words"])
    dead = [
        (pattern.rule, pattern.text)
        for patterns in event_model.index.values()
        for pattern in patterns
        for step in pattern.steps
        if step.preposition in articles
    ]
    assert dead == []


def test_an_act_named_by_its_noun_is_read_on_the_verb_enacting_it():
    """ "convoquer [ambassadeur]" is also "annoncer [convocation] [ambassadeur]"; the noun of
    a reflexive verb takes no reflexive pronoun."""
    patterns = {
        "convoquer": [parse("convoquer [ambassadeur]")],
        "retirer": [parse("se retirer de [accord]")],
    }
    enactment = Enactment(("annoncer",), {"convocation": "convoquer", "retrait": "retirer"})
    made = {p.text: p for p in enacted_patterns(patterns, enactment)}
    convened = made["annoncer [convocation] (convoquer [ambassadeur])"]
    assert convened.trigger == "annoncer" and convened.enacted and convened.code == "040"
    assert [set(s.lemmas) for s in convened.steps] == [{"convocation"}, {"ambassadeur"}]
    withdrawn = made["annoncer [retrait] (se retirer de [accord])"]
    assert not withdrawn.reflexive
    assert [(s.preposition, set(s.lemmas)) for s in withdrawn.steps] == [
        (None, {"retrait"}),
        ("de", {"accord"}),
    ]


def test_a_named_class_stands_for_its_words_in_a_set():
    classes = {"diplomate": frozenset({"ambassadeur", "consul"})}
    entry = {"id": "x", "code": "114"}
    pattern = parse_pattern(
        "convoquer [@diplomate|nonce]",
        rule="r",
        entry=entry,
        kind="verb",
        reflexives=REFLEXIVES,
        contractions=CONTRACTIONS,
        classes=classes,
    )
    assert set(pattern.steps[0].lemmas) == {"ambassadeur", "consul", "nonce"}
    with pytest.raises(LexiconError, match="unknown word class"):
        parse_pattern(
            "convoquer [@envoyé]",
            rule="r",
            entry=entry,
            kind="verb",
            reflexives=REFLEXIVES,
            contractions=CONTRACTIONS,
            classes=classes,
        )


def test_the_french_word_classes_load():
    from faits.events.lexicon import load_word_classes

    classes = load_word_classes("fr")
    assert {"ambassadeur", "haut-commissaire"} <= classes["diplomate"]
    assert "arrangement" in classes["accord"]
