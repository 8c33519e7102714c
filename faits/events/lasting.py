"""Acts told as lasting for months or more: a standing situation, not an event.

docs/annotation.md leaves out "long-running situations": a demand "kept up depuis quatre
ans" (dev-1339), a neighbour that "bloquait depuis deux ans l'adhésion", allies that "mènent
depuis 2021 des opérations conjointes". What the verb says has held for a long time; what
happened today is told elsewhere in the record. A verb in the present or the imperfect
whose own phrase opens with a since-mark (``roles.yaml#since``) on a time expression of
months or more is such a situation. A shorter period is a current act ("bloquent depuis
lundi les routes", "mènent depuis plusieurs jours des négociations"), and a compound past
tells acts that happened ("a expulsé depuis janvier plus de 2 000 migrants").
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from faits.events.cues import Cues
from faits.events.lexicon import normalise
from faits.time import TimeExpression
from faits.tokens import dependents, feature

# TIMEX3 durations of a month or more ("des mois" PXM, "deux ans" P2Y, "des décennies" PXDE)
LONG_DURATION = re.compile(r"^P(?:\d+|X)(?:M|Y|DE|CE)$")
# a period that starts at a month or a year ("depuis janvier", "depuis 2021"), not a day
LONG_PRECISIONS = frozenset({"month", "year"})
# how far up from the time phrase the verb may stand: the phrase itself ("réclame depuis des
# mois") or the noun the parser hung it on ("réclamait la libération depuis quatre ans")
REACH = 2
# how many words may stand between the since-mark and the time expression ("plus de")
MARK_REACH = 3


def _long(time: TimeExpression) -> bool:
    if time.type == "DURATION":
        return bool(time.value and LONG_DURATION.match(time.value))
    return time.precision in LONG_PRECISIONS


def _finite_now(verb: Token) -> bool:
    """A present or imperfect verb: no tense auxiliary, no simple past, no participle, no
    infinitive."""
    if verb.pos_ not in ("VERB", "AUX") or "Part" in feature(verb, "VerbForm"):
        return False
    finite = "Fin" in feature(verb, "VerbForm")
    # the tagger reads some present forms as infinitives ("qui négocie depuis des
    # décennies"); an infinitive with a subject of its own is such a form
    if not finite and not any(c.dep_.startswith("nsubj") for c in dependents(verb)):
        return False
    if any(c.dep_ == "aux:tense" for c in dependents(verb)):
        return False
    return "Past" not in feature(verb, "Tense")


def _phrase_verb(head: Token) -> Token | None:
    """The verb a time phrase headed by ``head`` belongs to, itself or through the verb's
    object, where the parser often hangs it ("réclamait la libération depuis quatre ans")."""
    token = head
    for _ in range(REACH):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.dep_ != "obj":
            # "réclame la démission du président, au pouvoir depuis 2005": the period is
            # the president's, not the demand's
            return None
    return None


def lasting_verbs(sentence: Span, times: list[TimeExpression], cues: Cues) -> frozenset[int]:
    """Token indices of the sentence's present or imperfect verbs whose since-phrase spans
    months or more ("Les protestataires réclament depuis des années l'octroi …")."""
    if not cues.since_marks:
        return frozenset()
    found: set[int] = set()
    for time in times:
        if not sentence.start_char <= time.start < sentence.end_char or not _long(time):
            continue
        inside = [t for t in sentence if time.start <= t.idx < time.end]
        if not inside:
            continue
        # the phrase's head: the time word whose head is outside the expression
        head = next((t for t in inside if not time.start <= t.head.idx < time.end), inside[-1])
        # the mark right before the expression or a few words up ("depuis plus de deux ans")
        marks = sentence.doc[max(sentence.start, inside[0].i - MARK_REACH) : inside[0].i]
        if not any(normalise(m.text) in cues.since_marks for m in marks):
            continue
        verb = _phrase_verb(head)
        if verb is not None and _finite_now(verb):
            found.add(verb.i)
    return frozenset(found)
