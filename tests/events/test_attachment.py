"""The learned target fallback (``faits.events.attachment``) and its trainer.

The coder asks the attachment model for a target only when a pattern needs one and the
argument rules found none; these tests use hand-set weights, so they say what the coder does
with a model's answer whatever the shipped weights are.
"""

from __future__ import annotations

import importlib.util
from dataclasses import replace
from pathlib import Path

import pytest

from faits.events.attachment import (
    SOURCE,
    TARGET,
    AttachmentModel,
    pair_features,
    ranked,
    sentence_candidates,
    trigger_features,
)
from faits.events.explain import explain_sentence, parse_text, render
from tests.events.examples import codes

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "train_attachment.py"

# The rules find the subject of "a salué" but no target: the praise is aimed at a country
# the sentence names only in the coordinated clause.
PRAISE = (
    "Le président américain a salué le courage des secouristes et exprimé sa solidarité "
    "avec le Maroc après le séisme."
)
# A target the rules find: the model is never asked.
CONDEMNATION = "Le Japon a condamné la Corée du Nord après un tir de missile près de la Chine."


def _with(fr_models, attachment):
    return replace(fr_models, events=replace(fr_models.events, attachment=attachment))


def _code(fr_models, attachment, text):
    from faits.ingest.prepare import PreparedArticle, text_hash
    from faits.nlp.parse import parse_texts
    from faits.pipeline import code_doc
    from faits.records import Article

    models = _with(fr_models, attachment)
    article = Article("test", None, None, None, None, "unknown", "fr", text, "coded")
    prepared = PreparedArticle(article, (), "test", text_hash(text))
    doc = next(iter(parse_texts(models.nlp, [text])))
    return code_doc(prepared, doc, models)


ALWAYS = AttachmentModel({"bias": 5.0}, 0.5)
NEVER = AttachmentModel({"bias": -5.0}, 0.5)


def test_without_a_model_a_pattern_needing_a_target_makes_no_event_without_one(fr_models):
    assert codes(_code(fr_models, None, PRAISE), "051") == []


def test_the_models_choice_is_the_target_the_rules_did_not_find(fr_models):
    coded = _code(fr_models, ALWAYS, PRAISE)
    assert codes(coded, "051") == [("USAGOV", "MAR")]
    # the rule that fired stays the event's rule
    assert {e.rule for e in coded.events if e.cameo == "051"} == {"fr/events/05.yaml#saluer"}


def test_below_the_threshold_the_model_adds_nothing(fr_models):
    assert codes(_code(fr_models, NEVER, PRAISE), "051") == []


def test_the_model_never_overrides_a_target_the_rules_found(fr_models):
    with_rules = codes(_code(fr_models, None, CONDEMNATION), "111")
    assert with_rules == [("JPN", "PRK")]
    assert codes(_code(fr_models, ALWAYS, CONDEMNATION), "111") == with_rules


# A noun trigger needing a target whose only other actor is the addressee of a letter: the
# strikes are a circumstance told, not an act of the source on that country.
STRIKES = (
    "Le chef de la diplomatie kényane a confirmé les frappes récentes dans une lettre "
    "adressée à la Somalie."
)
# The only other mention is the venue of the agreement criticised, a place finer than a country.
VENUE = "Le gouvernement chilien a vivement critiqué mardi l'accord conclu à Montevideo."


def test_a_model_for_verb_patterns_is_not_asked_for_a_noun_trigger(fr_models):
    assert codes(_code(fr_models, ALWAYS, STRIKES), "195") == [("KENGOV", "SOM")]
    verbs_only = replace(ALWAYS, pattern_kinds=frozenset({"verb"}))
    assert verbs_only.asks(next(iter(fr_models.events.index["saluer"])))
    assert codes(_code(fr_models, verbs_only, STRIKES), "195") == []
    # verb triggers still get their target
    assert codes(_code(fr_models, verbs_only, PRAISE), "051") == [("USAGOV", "MAR")]


def test_an_excluded_kind_of_candidate_is_never_taken(fr_models):
    assert codes(_code(fr_models, ALWAYS, VENUE), "111") == [("CHLGOV", "URY")]
    no_places = replace(ALWAYS, excluded_candidates=frozenset({"locative"}))
    assert codes(_code(fr_models, no_places, VENUE), "111") == []


def test_a_gate_that_sees_no_target_in_the_trigger_takes_none(fr_models):
    closed = replace(ALWAYS, gate={"gate_bias": -5.0}, gate_threshold=0.5)
    assert codes(_code(fr_models, closed, PRAISE), "051") == []
    # a gate weighing the verb's own features as having a target lets the choice through
    open_to_verbs = replace(
        ALWAYS, gate={"gate_bias": -5.0, "t_pos=VERB": 10.0}, gate_threshold=0.5
    )
    assert codes(_code(fr_models, open_to_verbs, PRAISE), "051") == [("USAGOV", "MAR")]
    assert codes(_code(fr_models, open_to_verbs, STRIKES), "195") == []


def test_trigger_features_tell_a_noun_under_a_preposition_from_a_finite_verb(fr_models):
    parsed = parse_text(
        "Lors de la visite du ministre, le Japon a condamné l'essai.", None, fr_models
    )
    sentence = parsed.sentences[0]
    cues = fr_models.events.cues
    visit = next(t for t in sentence if t.text == "visite")
    condemned = next(t for t in sentence if t.text == "condamné")
    pattern = next(iter(fr_models.events.index["saluer"]))
    noun = trigger_features(visit, pattern, [], 1, cues)
    verb = trigger_features(condemned, pattern, [], 1, cues)
    assert "t_pos=NOUN" in noun and "t_case=-" not in noun
    assert "t_pos=VERB" in verb and "t_case=-" in verb and "t_main=True" in verb


def test_a_model_asked_only_with_a_direct_source_checks_the_sources_path(fr_models):
    subject = replace(ALWAYS, source_paths=frozenset({"U:/D:nsubj"}))
    assert codes(_code(fr_models, subject, PRAISE), "051") == [("USAGOV", "MAR")]
    agent_only = replace(ALWAYS, source_paths=frozenset({"U:/D:obl:agent"}))
    assert codes(_code(fr_models, agent_only, PRAISE), "051") == []


def test_the_restrictions_are_read_with_the_weights():
    model = AttachmentModel.from_dict(
        {"weights": {"bias": 1.0}, "threshold": 0.6, "pattern_kinds": ["verb"]}
    )
    assert model.pattern_kinds == frozenset({"verb"}) and not model.excluded_candidates
    assert AttachmentModel.from_dict({"weights": {}, "threshold": 0.6}).pattern_kinds == frozenset()


def test_explain_says_the_target_came_from_the_model(fr_models):
    models = _with(fr_models, ALWAYS)
    parsed = parse_text(PRAISE, None, models)
    shown = render(explain_sentence(parsed, 0, models))
    assert "le Maroc = MAR (attachment model, p=0.99)" in shown


def test_features_spell_the_path_the_preposition_and_the_order(fr_models):
    parsed = parse_text(PRAISE, None, fr_models)
    sentence = parsed.sentences[0]
    from faits.actors import resolve_actors
    from faits.events.arguments import ActorIndex

    analysis = resolve_actors(parsed, fr_models.actors)
    actors = ActorIndex.build(analysis.mentions, (), analysis.qualifiers)
    trigger = next(t for t in sentence if t.text == "salué")
    options = sentence_candidates(
        sentence, trigger, actors.by_token, actors.qualifiers, actors.locative
    )
    morocco = [(m, kind) for m, kind in options if m.code == "MAR"]
    assert morocco
    pattern = next(p for p in fr_models.events.index["saluer"] if p.code == "051")
    sources = [m for m, _ in options if m.code == "USAGOV"]
    (mention, kind), rank = morocco[0], ranked(trigger, morocco)[0]
    features = pair_features(
        trigger, pattern, mention, kind, sentence, sources, rank, fr_models.events.cues
    )
    assert "case=avec" in features
    assert "order=after" in features
    assert "root=05" in features
    assert any(f.startswith("path=U:") for f in features)


@pytest.fixture(scope="module")
def trainer():
    spec = importlib.util.spec_from_file_location("train_attachment", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_trainer_is_deterministic_and_learns_a_separable_feature(trainer):
    rows = [["bias", "case=à"], ["bias", "case=par"]] * 20
    labels = [1, 0] * 20
    first, second = trainer.fit(rows, labels), trainer.fit(rows, labels)
    assert first == second
    model = AttachmentModel(first, 0.5)
    assert (
        model.probability(["bias", "case=à"]) > 0.8 > 0.2 > model.probability(["bias", "case=par"])
    )


def test_the_threshold_is_the_lowest_that_keeps_the_precision(trainer):
    scored = [(0.9, 1, True), (0.8, 1, True), (0.7, 0, False), (0.6, 0, True), (0.5, 1, True)]
    assert trainer.pick_threshold(scored, 0.6) == 0.5  # 3 right of 5
    assert trainer.pick_threshold(scored, 0.75) == 0.8  # 2 of 2; 2 of 3 at 0.7 is too few


def test_a_candidate_is_right_when_it_makes_a_missed_gold_event_true(trainer):
    situation = {
        "code": "051",
        "sources": ["USAGOV"],
        "candidates": [{"code": "FRA"}, {"code": "MAR"}],
    }
    missed = [{"cameo": "051", "source": "USAGOV", "target": "MAR"}]
    assert trainer.label(situation, missed) == [0, 1]
    # another author's missed event is not this one's
    assert trainer.label(situation, [{"cameo": "051", "source": "FRA", "target": "MAR"}]) == [0, 0]


def test_the_shipped_weights_load_once_with_the_event_model(fr_models):
    from faits.events.attachment import FILE
    from faits.lexicons import lexicon_path

    shipped = AttachmentModel.read(lexicon_path("fr", FILE))
    assert shipped is not None
    assert 0.5 <= shipped.threshold < 1 and len(shipped.weights) > 100
    assert fr_models.events.attachment == shipped


def test_the_shipped_model_finds_the_praised_country_of_a_coordinated_clause(code_fr):
    assert codes(code_fr(PRAISE), "051") == [("USAGOV", "MAR")]


def test_the_shipped_model_leaves_noun_triggers_and_venues_alone(code_fr):
    # measured on held-out series, both were mostly false events (scripts/train_attachment.py)
    assert codes(code_fr(STRIKES), "195") == []
    assert codes(code_fr(VENUE), "111") == []


# The rules find the target of "a condamné" but no source: its subject is an actor the
# actor stage does not code; the source model may take the source of the sentence before.
SPOKESMAN = (
    "Le gouvernement ivoirien a reçu lundi son homologue ghanéen. "
    "Le porte-parole a ensuite condamné la Turquie."
)
ALWAYS_SOURCE = AttachmentModel({"bias": 5.0}, 0.5, role=SOURCE)
NEVER_SOURCE = AttachmentModel({"bias": -5.0}, 0.5, role=SOURCE)


def _code_sources(fr_models, model, text):
    from faits.ingest.prepare import PreparedArticle, text_hash
    from faits.nlp.parse import parse_texts
    from faits.pipeline import code_doc
    from faits.records import Article

    models = replace(fr_models, events=replace(fr_models.events, source_attachment=model))
    article = Article("test", None, None, None, None, "unknown", "fr", text, "coded")
    prepared = PreparedArticle(article, (), "test", text_hash(text))
    doc = next(iter(parse_texts(models.nlp, [text])))
    return code_doc(prepared, doc, models)


def test_the_source_model_may_take_the_source_of_the_sentence_before(fr_models):
    assert codes(_code_sources(fr_models, None, SPOKESMAN), "111") == []
    assert codes(_code_sources(fr_models, NEVER_SOURCE, SPOKESMAN), "111") == []
    assert codes(_code_sources(fr_models, ALWAYS_SOURCE, SPOKESMAN), "111") == [("CIVGOV", "TUR")]


def test_the_source_model_is_never_asked_where_the_rules_found_a_source(fr_models):
    assert codes(_code_sources(fr_models, ALWAYS_SOURCE, CONDEMNATION), "111") == [("JPN", "PRK")]


def test_the_role_is_read_with_the_weights_and_spells_its_own_features(fr_models):
    model = AttachmentModel.from_dict({"weights": {}, "threshold": 0.6, "role": "source"})
    assert model.role == SOURCE
    assert AttachmentModel.from_dict({"weights": {}, "threshold": 0.6}).role == TARGET
    parsed = parse_text(CONDEMNATION, None, fr_models)
    sentence = parsed.sentences[0]
    from faits.actors import resolve_actors
    from faits.events.arguments import ActorIndex

    analysis = resolve_actors(parsed, fr_models.actors)
    actors = ActorIndex.build(analysis.mentions, (), analysis.qualifiers)
    trigger = next(t for t in sentence if t.text == "condamné")
    options = sentence_candidates(
        sentence, trigger, actors.by_token, actors.qualifiers, actors.locative
    )
    japan = next(m for m, _ in options if m.code == "JPN")
    korea = [m for m, _ in options if m.code == "PRK"]
    pattern = next(p for p in fr_models.events.index["condamner"] if p.code.startswith("111"))
    cues = fr_models.events.cues
    as_source = pair_features(trigger, pattern, japan, "actor", sentence, korea, 0, cues, SOURCE)
    as_target = pair_features(trigger, pattern, japan, "actor", sentence, korea, 0, cues)
    assert "s_candidate_subject=True" in as_source and "s_subject=PROPN" in as_source
    assert "same_country_as_target=False" in as_source
    assert not any(f.startswith("s_") for f in as_target)
    assert "same_country_as_source=False" in as_target
