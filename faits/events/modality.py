"""Negated, hypothetical or future: the modality of an event, read from the verb forms.

The parser tags the journalistic conditional ("envisageraient") as a present indicative, so
mood and tense are read from the written form as well as from the morphology. A
conditional in the main clause (or under "si") is hypothetical; a conditional in a clause
reported after a past verb ("a déclaré qu'une équipe se rendrait") is the future in the
past, so it is future; "pourrait" is hypothetical wherever it stands. "devrait", "va", "le prochain sommet", "la réunion prévue", a
relative clause in the future ("qui aura lieu") and a time phrase ahead ("dans les prochaines
semaines") make an event future. Negation is an adverb ("pas", "jamais"; "plus" only with
"ne": "plus de 2 000 prisonniers" is a quantity) or "ne" with a negative determiner on a
phrase of the verb ("n'a livré aucune arme").
"""

from __future__ import annotations

from spacy.tokens import Token

from faits.events.cues import Cues
from faits.events.lexicon import normalise
from faits.records import Modality
from faits.tokens import dependents, feature, sentence_of

VERB_GROUP = frozenset({"aux", "aux:tense", "aux:pass", "aux:caus", "cop"})
CLAUSE_LINKS = frozenset({"xcomp"})
NOMINAL_LINKS = frozenset(
    {"obj", "nsubj", "nsubj:pass", "obl", "obl:arg", "obl:mod", "nmod", "dep"}
)
REPORTING_DEPTH = 3
PREDICATE_WINDOW = 5


def verb_group(token: Token) -> list[Token]:
    return [token, *(c for c in dependents(token) if c.dep_ in VERB_GROUP)]


def _next_predicate(noun: Token) -> Token | None:
    """The first verb after a subject noun: its predicate when the parser lost the link."""
    sentence = sentence_of(noun)
    for i in range(noun.i + 1, min(noun.i + 1 + PREDICATE_WINDOW, sentence.end)):
        if noun.doc[i].pos_ in ("VERB", "AUX"):
            return noun.doc[i]
    return None


def _detached_participle(node: Token, cues: Cues | None) -> bool:
    """A present participle set off by a comma is a predication of its own: in "n'a pas
    exigé le retrait, se contentant d'appeler à la paix" the appeal is not negated."""
    if cues is None or "Part" not in feature(node, "VerbForm"):
        return False
    if not cues.present_participle_form(node.text):
        return False
    start = node.left_edge.i
    return start > sentence_of(node).start and node.doc[start - 1].text == ","


def clause_chain(
    trigger: Token, complements: tuple[Token, ...], cues: Cues | None = None
) -> list[Token]:
    """The trigger, the complements it matched, and the verbs above it in the same clause."""
    chain = [trigger, *complements]
    node = trigger
    if node.pos_ in ("NOUN", "PROPN") and node.dep_ in ("nsubj", "dep", "ccomp"):
        predicate = _next_predicate(node)
        if predicate is not None and predicate.i != node.head.i:
            chain.append(predicate)
    if node.pos_ in ("NOUN", "PROPN") and node.dep_ in NOMINAL_LINKS and node.head.i != node.i:
        node = node.head
        chain.append(node)
    while node.dep_ in CLAUSE_LINKS and node.head.i != node.i:
        if _detached_participle(node, cues):
            break
        node = node.head
        chain.append(node)
    return chain


def _name(token: Token) -> bool:
    """A capitalised word inside the sentence is a name, whatever tense the parser gave it
    ("Narendra Modi a promis": "Narendra" tagged a verb in the future)."""
    return not token.text[:1].islower() and token.i != sentence_of(token).start


def _is_conditional(token: Token, cues: Cues) -> bool:
    if _name(token):
        return False
    return "Cnd" in feature(token, "Mood") or (
        token.pos_ in ("VERB", "AUX") and cues.conditional.matches(token.text, token.lemma_)
    )


def _is_future(token: Token, cues: Cues) -> bool:
    if _name(token):
        return False
    return "Fut" in feature(token, "Tense") or (
        token.pos_ in ("VERB", "AUX") and cues.future.matches(token.text, token.lemma_)
    )


def _is_past(token: Token) -> bool:
    return any(
        feature(t, "Tense") and set(feature(t, "Tense")) & {"Past", "Imp"}
        for t in verb_group(token)
    )


def _reported_after_past(verb: Token) -> bool:
    """A verb in a clause under a past verb, however many participles sit in between."""
    clause = verb.head if verb.dep_ in VERB_GROUP else verb
    if clause.head.i == clause.i:
        return False
    return any(_is_past(ancestor) for ancestor in list(clause.ancestors)[:REPORTING_DEPTH])


def _has_particle(node: Token, cues: Cues) -> bool:
    return any(
        c.dep_ == "advmod" and normalise(c.text) in cues.negation_particles
        for c in dependents(node)
    )


def _negative_phrase(node: Token, cues: Cues) -> bool:
    """A phrase of the verb opened by a negative determiner ("aucune arme", "aucun accord")."""
    return any(
        phrase.dep_ in NOMINAL_LINKS
        and any(
            d.dep_ == "det" and normalise(d.lemma_) in cues.negation_determiners
            for d in dependents(phrase)
        )
        for phrase in dependents(node)
    )


def _nominal(word: Token) -> bool:
    """A negation word the parser hung on the verb that heads a determiner or an adjective is
    a noun: "a salué « un premier pas »", "le pas décisif"."""
    return any(c.dep_ in ("det", "amod") for c in dependents(word))


def _negated(chain: list[Token], cues: Cues) -> bool:
    trigger = chain[0]
    for node in chain:
        particle = _has_particle(node, cues)
        # "Les négociations n'ont débouché sur aucun accord": the talks took place; the
        # noun's predicate denies something else
        own = not (trigger.pos_ in ("NOUN", "PROPN") and node.i == trigger.head.i)
        if particle and own and _negative_phrase(node, cues):
            return True
        for child in dependents(node):
            word = normalise(child.text)
            if (
                child.dep_ == "advmod"
                and word in cues.negation_words
                and (particle or word not in cues.negation_needs_particle)
                and not _nominal(child)
            ):
                return True
            if (
                child.dep_ in ("mark", "case")
                and word in cues.privative_marks
                and node.i == chain[0].i
            ):
                return True
    return False


def _under_condition(head: Token, cues: Cues) -> bool:
    node = head
    for _ in range(3):
        if any(
            c.dep_ == "mark" and normalise(c.text) in cues.hypothetical_marks
            for c in dependents(node)
        ):
            return True
        if node.dep_ not in ("advcl", "conj", "xcomp") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _future_cue(trigger: Token, chain: list[Token], cues: Cues) -> bool:
    # an infinitive clause has no tense of its own: "Il y rencontrera X avant de s'entretenir
    # avec Y" is as future as the verb it hangs on
    if (
        trigger.dep_ == "advcl"
        and "Inf" in feature(trigger, "VerbForm")
        and any(_is_future(t, cues) for t in verb_group(trigger.head))
    ):
        return True
    if (
        normalise(trigger.lemma_) in cues.expected_verbs
        and "Part" in feature(trigger, "VerbForm")
        and "Past" in feature(trigger, "Tense")
    ):
        return True
    for node in chain[1:]:
        if normalise(node.lemma_) in cues.future_auxiliaries | cues.planning_verbs:
            return True
    for node in chain:
        for child in dependents(node):
            if (
                child.dep_ in ("aux", "aux:tense")
                and normalise(child.lemma_) in cues.future_auxiliaries
            ):
                return True
    for noun in (t for t in chain if t.pos_ in ("NOUN", "PROPN")):
        for child in dependents(noun):
            lemma = normalise(child.lemma_)
            if child.dep_ == "amod" and lemma in cues.future_modifiers:
                return True
            if child.dep_.startswith("acl") and (
                lemma in cues.future_modifiers
                or (lemma in cues.planning_verbs and "Pres" not in feature(child, "Tense"))
                or any(_is_future(t, cues) for t in verb_group(child))
            ):
                return True
    return False


def _future_time(chain: list[Token], cues: Cues) -> bool:
    """A time phrase of the clause ahead of now: "dans les prochaines semaines", "la semaine
    prochaine". It dates the event without telling a conditional from a future in the past:
    "pourrait se rendre à Moscou dans les prochaines semaines" stays hypothetical too."""
    for verb in (t for t in chain if t.pos_ in ("VERB", "AUX")):
        # on the verb, or on one of its phrases where the parser hung it ("pourrait
        # interpeller Jair Bolsonaro dans les prochains jours")
        phrases = [*dependents(verb)]
        phrases += [p for phrase in phrases for p in dependents(phrase) if p.dep_ == "nmod"]
        for phrase in phrases:
            if phrase.dep_.startswith(("obl", "nmod")) and any(
                c.dep_ == "amod" and normalise(c.lemma_) in cues.future_modifiers
                for c in dependents(phrase)
            ):
                return True
    return False


def modality_of(trigger: Token, complements: tuple[Token, ...], cues: Cues) -> Modality:
    chain = clause_chain(trigger, complements, cues)
    verbs = [t for node in chain for t in verb_group(node)]
    conditionals = [t for t in verbs if _is_conditional(t, cues)]
    future = any(_is_future(t, cues) for t in verbs) or _future_cue(trigger, chain, cues)
    hypothetical = _under_condition(chain[-1], cues)
    # "pourrait" gives the event as possible wherever it stands; only the other
    # conditionals can be a future in the past
    possible = [t for t in conditionals if normalise(t.lemma_) in cues.possibility_modals]
    hypothetical = hypothetical or bool(possible)
    conditionals = [t for t in conditionals if t not in possible]
    if conditionals:
        if future or any(_reported_after_past(t) for t in conditionals):
            future = True
        else:
            hypothetical = True
    future = future or _future_time(chain, cues)
    return Modality(negated=_negated(chain, cues), hypothetical=hypothetical, future=future)
