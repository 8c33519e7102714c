"""According to whom: "selon X", "X a indiqué que …", "…, rapporte le correspondant de X".

An explicit "selon" phrase anywhere in the sentence wins; otherwise the nearest speech verb
that governs the trigger's clause or hangs off it as an incise gives its subject (or, when
the parser took an inverted subject for an object, its last object).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from faits.events.arguments import ActorIndex, phrase_actor
from faits.events.cues import Cues
from faits.events.lexicon import normalise
from faits.records import Attribution
from faits.tokens import dependents, span_text

INCISE = frozenset({"parataxis", "conj"})
MAX_UP = 6


def _phrase_span(head: Token) -> Span:
    doc = head.doc
    end = head.i
    for token in head.subtree:
        if token.i > end and token.dep_ != "punct":
            end = token.i
    start = min(t.i for t in head.subtree)
    return doc[start : end + 1]


def _credit(head: Token, text_span: Span, actors: ActorIndex) -> Attribution:
    actor = phrase_actor(head, actors)
    if actor is not None:
        return Attribution(text=text_span.text, name=actor.name or actor.text, code=actor.code)
    name = [
        t for t in _phrase_span(head) if t.dep_ not in ("case", "det", "punct") or t.i == head.i
    ]
    return Attribution(text=text_span.text, name=" ".join(t.text for t in name), code=None)


def _according_to(sentence: Span, actors: ActorIndex, cues: Cues) -> Attribution | None:
    text = normalise(span_text(sentence))
    if not any(word in text for word in cues.attribution_prepositions):
        return None
    for token in sentence:
        if normalise(token.text) in cues.attribution_prepositions and token.head.i != token.i:
            head = token.head
            if phrase_actor(head, actors) is None and head.pos_ != "PROPN":
                continue
            span = token.doc[token.i : _phrase_span(head).end]
            return _credit(head, span, actors)
    return None


def _speaker(verb: Token) -> Token | None:
    subjects = [c for c in dependents(verb) if c.dep_ == "nsubj"]
    if subjects:
        return subjects[0]
    inverted = [
        c
        for c in dependents(verb)
        if c.dep_ == "obj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN")
    ]
    return inverted[-1] if inverted else None


def _speech_verbs(trigger: Token, cues: Cues) -> list[Token]:
    """Speech verbs above the trigger, then incises hanging off the trigger's ancestors."""
    above: list[Token] = []
    node = trigger
    for _ in range(MAX_UP):
        if node.head.i == node.i:
            break
        node = node.head
        if normalise(node.lemma_) in cues.speech_verbs:
            above.append(node)
    incises = [
        child
        for ancestor in [trigger, *trigger.ancestors]
        for child in dependents(ancestor)
        if child.dep_ in INCISE
        and child.i > trigger.i
        and normalise(child.lemma_) in cues.speech_verbs
    ]
    return above + incises


def attribution_for(
    trigger: Token, sentence: Span, actors: ActorIndex, cues: Cues
) -> Attribution | None:
    found = _according_to(sentence, actors, cues)
    if found is not None:
        return found
    for verb in _speech_verbs(trigger, cues):
        speaker = _speaker(verb)
        if speaker is not None:
            return _credit(speaker, _phrase_span(speaker), actors)
    return None
