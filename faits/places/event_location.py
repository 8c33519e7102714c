"""Where an event happened: the place attached to the event's own clause.

Policy, in order (docs/places.md):

1. a resolved locative mention (one governed by a locative preposition) reached from the
   trigger by a dependency path that goes only through oblique, nominal-modifier,
   apposition, conjunction or flat relations ("se sont rencontrés [à Moscou]", "le sommet
   [à Hanoï], [au Vietnam]"); the shortest path wins, then the most precise place;
2. else a resolved locative mention in the same clause as the trigger (same clause head);
3. else nothing: a place elsewhere in the sentence or the article is not the event's place.

A light-verb trigger ("aura lieu", "a eu lieu") is anchored on its verb as well, since the
parser hangs the place on the verb; a nominal trigger also on the clauses that describe it
("le sommet, qui aura lieu à Hanoï").
"""

from __future__ import annotations

from spacy.tokens import Token

from faits.nlp.document import ParsedArticle
from faits.places.geoparser import PlaceMention
from faits.records import PlaceRef
from faits.tokens import dependents, feature, sentence_of

# Universal Dependencies relations a place may hang from on its way to the trigger.
ATTACHMENT_DEPS = ("obl", "nmod", "appos", "conj", "flat")
# Relations that open a new clause: the clause head is the token carrying one of them.
CLAUSE_DEPS = ("ROOT", "ccomp", "xcomp", "advcl", "acl", "parataxis", "csubj")
# A nominal trigger hanging from a verb through these is part of that verb's predicate.
PREDICATE_DEPS = ("obj", "compound", "fixed", "amod")
NOMINAL_POS = ("NOUN", "PROPN")
PRECISION_RANK = {"city": 0, "admin1": 1, "country": 2, "region": 3, "continent": 4}
MAX_PATH = 6


def _relation(token: Token) -> str:
    return token.dep_.split(":")[0]


def _anchors(trigger: Token) -> set[int]:
    """The trigger, plus the verb of a light-verb predicate ("aura lieu") and, for a noun, the
    clauses that describe it ("le sommet, qui aura lieu à Hanoï", "les frappes menées en
    Syrie")."""
    anchors = {trigger.i}
    if _in_light_verb(trigger):
        anchors.add(trigger.head.i)
    if trigger.pos_ in NOMINAL_POS:
        anchors.update(child.i for child in dependents(trigger) if _relation(child) == "acl")
        anchors.update(_relative_clauses(trigger))
    return anchors


def _in_light_verb(trigger: Token) -> bool:
    """A bare noun completing a verb is part of its predicate ("aura lieu", "rendre visite");
    a noun with its own determiner is not ("préparer le sommet")."""
    if trigger.pos_ == "VERB" or _relation(trigger) not in PREDICATE_DEPS:
        return False
    return not any(_relation(child) == "det" for child in dependents(trigger))


def _relative_clauses(noun: Token) -> list[int]:
    """Verbs of the relative clauses after ``noun`` whatever the parser hung them on.

    The parser often attaches "…, qui aura lieu à Hanoï" to the main verb: a clause whose
    subject is a relative pronoun belongs to ``noun`` when nothing between them but the
    noun's own modifiers, names and punctuation could be its antecedent.
    """
    doc = noun.doc
    own = {t.i for t in noun.subtree}
    verbs = []
    for token in doc[noun.i + 1 : sentence_of(noun).end]:
        if "Rel" in feature(token, "PronType") and _relation(token) == "nsubj":
            verbs.append(token.head.i)
            break
        if token.i not in own and (token.pos_ in ("VERB", "AUX") or token.pos_ == "NOUN"):
            break
    return verbs


def _path_length(head: Token, anchors: set[int]) -> int | None:
    """Steps from a place's head up to an anchor through attachment relations only."""
    token = head
    for steps in range(1, MAX_PATH + 1):
        if _relation(token) not in ATTACHMENT_DEPS or token.head.i == token.i:
            return None
        token = token.head
        if token.i in anchors:
            return steps
    return None


def _clause_head(token: Token) -> Token:
    while _relation(token) not in CLAUSE_DEPS and token.head.i != token.i:
        token = token.head
    return token


def _precision(mention: PlaceMention) -> int:
    """Rank of the mention's precision, finest first; an unresolved mention ranks last."""
    if mention.place is None:
        return len(PRECISION_RANK)
    return PRECISION_RANK.get(mention.place.precision, len(PRECISION_RANK))


def location_for_event(
    parsed: ParsedArticle, trigger_token_index: int, places: list[PlaceMention]
) -> PlaceRef | None:
    """The place of the event whose trigger is doc token ``trigger_token_index``, if stated."""
    doc = parsed.doc
    trigger = doc[trigger_token_index]
    sentence = sentence_of(trigger)
    local = [
        mention
        for mention in places
        if mention.place is not None
        and mention.preposition is not None
        and sentence.start <= mention.token_start < sentence.end
    ]
    if not local:
        return None
    anchors = _anchors(trigger)
    attached = []
    for mention in local:
        head = doc[mention.token_start : mention.token_end].root
        steps = _path_length(head, anchors)
        if steps is not None:
            attached.append((steps, _precision(mention), mention.token_start, mention))
    if attached:
        return min(attached, key=lambda item: item[:3])[3].place
    clause = {_clause_head(doc[i]).i for i in anchors}
    same_clause = [
        (abs(mention.token_start - trigger_token_index), mention)
        for mention in local
        if _clause_head(doc[mention.token_start : mention.token_end].root).i in clause
    ]
    if same_clause:
        return min(same_clause, key=lambda item: item[0])[1].place
    return None
