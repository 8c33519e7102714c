"""Read whether a clause speaks of the past or the future, from its verb group.

The parser's morphology is a first guess only: it often tags conditionals as presents or
imperfects ("se rendrait" → Tense=Imp). So the verb form is read too: a form made of the
lemma's future stem plus a future or conditional ending is a future. Auxiliaries decide
compound tenses (past auxiliary + participle → past, "aller" + infinitive → future).
"""

from __future__ import annotations

from spacy.tokens import Token

from faits.time.lexicon import TenseCues
from faits.tokens import dependents, feature

PAST = "past"
FUTURE = "future"
PRESENT = "present"
_VERBS = ("VERB", "AUX")
_AUX_DEPS = ("aux", "aux:tense", "aux:pass", "aux:caus")
_MAX_CLIMB = 6


def governing_verb(token: Token) -> Token | None:
    """The verb of the clause ``token`` belongs to (itself if it is one)."""
    current = token
    for _ in range(_MAX_CLIMB):
        if current.pos_ in _VERBS:
            return current
        copula = next((c for c in dependents(current) if c.dep_ == "cop"), None)
        if copula is not None:
            return copula
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def _future_stem(lemma: str, cues: TenseCues) -> str | None:
    if lemma in cues.irregular_stems:
        return cues.irregular_stems[lemma]
    for ending, stem in cues.regular_stems.items():
        if lemma.endswith(ending):
            return lemma[: -len(ending)] + stem
    return None


def form_tense(verb: Token, cues: TenseCues) -> str | None:
    """Future (simple future or conditional) read off the form itself, else ``None``."""
    form = verb.lower_
    stem = _future_stem(verb.lemma_.lower(), cues)
    if stem and form.startswith(stem):
        rest = form[len(stem) :]
        if rest in cues.future_endings or rest in cues.conditional_endings:
            return FUTURE
    return None


def verb_tense(verb: Token, cues: TenseCues) -> str | None:
    """Past, future or present of one verb form (no auxiliaries considered)."""
    if form_tense(verb, cues):
        return FUTURE
    tenses = feature(verb, "Tense")
    if "Cnd" in feature(verb, "Mood") or "Fut" in tenses:
        return FUTURE
    if tenses and tenses[0] in ("Past", "Imp"):
        return PAST
    if "Pres" in tenses:
        return PRESENT
    return None


def clause_tense(token: Token, cues: TenseCues) -> str | None:
    """Tense of the clause governing ``token``: ``past``, ``future``, ``present`` or ``None``."""
    verb = governing_verb(token)
    if verb is None:
        return None
    auxiliaries = [c for c in dependents(verb) if c.dep_ in _AUX_DEPS and c.i < verb.i]
    for aux in auxiliaries:
        lemma = aux.lemma_.lower()
        if lemma in cues.future_auxiliaries:
            return FUTURE
        if aux.dep_ == "aux:pass":
            return verb_tense(aux, cues)
        if lemma in cues.past_auxiliaries:
            return (
                FUTURE if verb_tense(aux, cues) == FUTURE and not _conditional(aux, cues) else PAST
            )
    if "Inf" in feature(verb, "VerbForm") and verb.head.i != verb.i:
        head = verb.head
        if head.pos_ in _VERBS and head.lemma_.lower() in cues.future_auxiliaries:
            return FUTURE
        if head.pos_ in _VERBS:
            return verb_tense(head, cues)
    return verb_tense(verb, cues)


def _conditional(aux: Token, cues: TenseCues) -> bool:
    """A past conditional ("aurait eu lieu") speaks of the past."""
    form = aux.lower_
    return "Cnd" in feature(aux, "Mood") or any(
        form.endswith(ending) for ending in cues.conditional_endings if len(ending) > 2
    )
