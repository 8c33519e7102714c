"""A learned fallback for an argument (target or source) the argument rules did not find.

Many patterns need a target ("condamner [*]", "frapper [*]"): when the rules of
``arguments`` find none, no event is made. In most such misses of the development gold the
target is an actor mention of the trigger's own sentence, reached by a construction no rule
covers; five sessions of hand-written rules for those constructions did not carry over to
unseen articles. This module scores, for one trigger, each actor mention of its sentence as
its target with a logistic regression over features of the pair (the dependency path between
them, the prepositions on the way, order and distance, the mention's kind and agent, the
pattern's CAMEO root and rule) and keeps the best one when its probability reaches a
threshold tuned for precision. The weights are learned from the gold
(``scripts/train_attachment.py``) and read from the language's lexicon folder
(``events/attachment.json``), since prepositions are words of the language.

The model only ever adds a target where the rules found none: it never overrides a rule.

The same machinery fills the other role (``SOURCE``): where a pattern fired and the rules
found no source but what the event needs besides (its target, or nothing for a pattern
needing none), each actor mention of the sentence, and the sources of the events of the
nearest earlier sentence that has some (``PREVIOUS``: "Le porte-parole a ensuite condamné …"
continues that sentence's actor), is scored as the source by a regression with its own
weights (``FILES``); the role is a parameter of the features and of the model, not a copy
of them. Measured by series folds (``scripts/train_attachment.py``), a source model adds
about three false events for each true one (tp +8, fp +22 over dev-0001..2158), so a
language ships source weights only when its folds say otherwise; without the file the coder
asks nothing.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from spacy.tokens import Span, Token

from faits.actors import ActorMention
from faits.events.cues import Cues
from faits.events.lexicon import Pattern
from faits.tokens import feature

# How far the path between trigger and mention is spelled out, in arcs on each side of their
# lowest common ancestor; a longer side is cut and marked.
PATH_ARCS = 3
DISTANCE_BUCKETS = (1, 2, 3, 5, 8, 12, 20)
TARGET, SOURCE = "target", "source"
# the weights of each role, in the language's lexicon folder
FILES = {TARGET: "events/attachment.json", SOURCE: "events/attachment_source.json"}
FILE = FILES[TARGET]
# the candidate kind of a mention of an earlier sentence: the source of one of its events
PREVIOUS = "previous"
CLAUSE_HEADS = frozenset({"VERB", "AUX"})
CORE_DEPS = frozenset({"nsubj", "obj", "iobj", "nsubj:pass", "obl:arg"})
ORIGIN = "attachment model"


@dataclass(frozen=True)
class Attachment:
    """The mention chosen as target, and the model's probability that it is the target."""

    mention: ActorMention
    probability: float


class Attacher(Protocol):
    """What the coder asks for an argument the rules did not find (``AttachmentModel``; the
    trainer passes a recorder with the same method to collect the candidates the coder saw).
    ``others`` are the mentions the rules found in the other role (the sources when a target
    is asked for, the targets when a source is)."""

    def choose(
        self,
        trigger: Token,
        pattern: Pattern,
        sentence: Span,
        candidates: Sequence[tuple[ActorMention, str]],
        others: Sequence[ActorMention],
        cues: Cues,
    ) -> Attachment | None: ...


def mention_head(mention: ActorMention, doc_tokens: Span) -> Token:
    """The token of the mention whose head lies outside it (its syntactic head)."""
    doc = doc_tokens.doc
    for i in range(mention.token_start, mention.token_end):
        token = doc[i]
        if not mention.token_start <= token.head.i < mention.token_end or token.head.i == i:
            return token
    return doc[mention.token_start]


def _ancestors(token: Token) -> list[Token]:
    """The token and its heads up to the root, in order."""
    chain = [token]
    while chain[-1].head.i != chain[-1].i and len(chain) < 60:
        chain.append(chain[-1].head)
    return chain


def _case_words(token: Token) -> list[str]:
    return [c.lower_ for c in token.children if c.dep_ in ("case", "mark")]


def _bucket(distance: int) -> str:
    for limit in DISTANCE_BUCKETS:
        if distance <= limit:
            return str(limit)
    return "far"


def _side(labels: list[str]) -> str:
    if len(labels) > PATH_ARCS:
        return ">".join(labels[:PATH_ARCS]) + ">+"
    return ">".join(labels)


def pair_features(
    trigger: Token,
    pattern: Pattern,
    mention: ActorMention,
    kind: str,
    sentence: Span,
    others: Sequence[ActorMention],
    rank: int,
    cues: Cues,
    role: str = TARGET,
) -> list[str]:
    """The features of (trigger, candidate mention) the model of ``role`` weighs; ``kind``
    says which index the mention came from (an actor, a nationality adjective, a place finer
    than a country, an earlier sentence's source), ``rank`` its order among the candidates by
    distance to the trigger, ``others`` the mentions the rules found in the other role."""
    head = mention_head(mention, sentence)
    up_chain, down_chain = _ancestors(trigger), _ancestors(head)
    down_ids = {t.i: k for k, t in enumerate(down_chain)}
    up_len = next((k for k, t in enumerate(up_chain) if t.i in down_ids), len(up_chain))
    if up_len < len(up_chain):
        common = up_chain[up_len]
        down_len = down_ids[common.i]
    else:  # two trees (the parser split the sentence): no common ancestor
        common, down_len = None, len(down_chain)
    up = [t.dep_ for t in up_chain[:up_len]]
    down = [t.dep_ for t in reversed(down_chain[:down_len])]
    path = f"U:{_side(up)}/D:{_side(down)}" if common is not None else "split"
    case_words = _case_words(head)
    case = "+".join(case_words) or "-"
    # what the language's role cues say the preposition introduces (roles.yaml): a class of
    # words carries over to prepositions the gold has few examples of
    plain = [cues.preposition(w) for w in case_words]
    roles = "+".join(
        name for name, words in _role_words(cues) if any(w in words for w in plain)
    ) or ("none" if plain else "-")
    expected = pattern.target_preposition is not None and pattern.target_preposition in plain
    on_path = "+".join(w for t in down_chain[1:down_len] for w in _case_words(t)) or "-"
    root = pattern.code[:2]
    before = mention.token_end <= trigger.i
    order = "before" if before else "after"
    distance = trigger.i - mention.token_end + 1 if before else mention.token_start - trigger.i
    relation = (
        "below"
        if common is not None and common.i == trigger.i
        else "above"
        if common is not None and common.i == head.i
        else "apart"
    )
    # clauses crossed: verbs between the common ancestor and the mention, or between the
    # trigger and it ("a dénoncé … et appelé la population": the population is the call's)
    verbs_down = sum(t.pos_ in CLAUSE_HEADS for t in down_chain[1:down_len])
    verbs_up = sum(t.pos_ in CLAUSE_HEADS for t in up_chain[1:up_len])
    governor = head.head
    other_core = (
        head.dep_ in CORE_DEPS and governor.i != trigger.i and governor.pos_ in CLAUSE_HEADS
    )
    same_country = any(s.country and s.country == mention.country for s in others)
    other_role = SOURCE if role == TARGET else TARGET
    agent = mention.agent or "-"
    first_down = down[0] if down else "-"
    features = [
        "bias",
        f"path={path}",
        f"up={_side(up)}",
        f"down={_side(down)}",
        f"first_down={first_down}",
        f"lens={min(up_len, 4)},{min(down_len, 4)}",
        f"relation={relation}",
        f"case={case}",
        f"case_on_path={on_path}",
        f"case_role={roles}",
        f"expected_preposition={expected}",
        f"root|case_role={root}|{roles}",
        f"relation|case_role={relation}|{roles}",
        f"head_dep={head.dep_}",
        f"head_pos={head.pos_}",
        f"order={order}",
        f"distance={order}{_bucket(distance)}",
        f"rank={min(rank, 3)}",
        f"kind={kind}:{mention.kind}",
        f"agent={agent}",
        f"metonymy={mention.metonymy}",
        f"person={mention.person}",
        f"same_country_as_{other_role}={same_country}",
        f"clauses={min(verbs_up, 2)},{min(verbs_down, 2)}",
        f"core_of_other_verb={other_core}",
        f"root|clauses={root}|{min(verbs_up, 2)},{min(verbs_down, 2)}",
        f"trigger_dep={trigger.dep_}",
        f"pattern_kind={pattern.kind}",
        f"root={root}",
        f"rule={pattern.rule}",
        f"root|path={root}|{path}",
        f"root|case={root}|{case}",
        f"root|first_down={root}|{first_down}",
        f"root|relation|order={root}|{relation}|{order}",
        f"root|kind={root}|{kind}:{mention.kind}",
        f"pkind|path={pattern.kind}|{path}",
        f"pkind|case={pattern.kind}|{case}",
        f"case|first_down={case}|{first_down}",
        f"relation|case={relation}|{case}",
    ]
    if role == SOURCE:
        features += _source_features(trigger, head, kind, root, sentence)
    return features


def _source_features(
    trigger: Token, head: Token, kind: str, root: str, sentence: Span
) -> list[str]:
    """What tells a source apart besides the path: whether the trigger has a subject of its
    own and what it is (a pronoun continues an earlier sentence's actor, a noun names one
    the actor stage did not code), and whether the candidate is a subject where it stands."""
    subjects = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubj:pass", "expl:subj")]
    subject = subjects[0].pos_ if subjects else "none"
    # the subject's own word: an actor the actor stage does not code ("the spokesman") stands
    # for an earlier one, a thing ("the trial") acts for no one
    word = subjects[0].lemma_.lower() if subjects else "-"
    inside = sentence.start <= head.i < sentence.end
    where = "sentence" if inside else kind
    candidate_subject = head.dep_ in ("nsubj", "nsubj:pass")
    return [
        f"s_subject={subject}",
        f"s_subject|kind={subject}|{kind}",
        f"s_subject|where={subject}|{where}",
        f"s_candidate_subject={candidate_subject}",
        f"s_candidate_subject|where={candidate_subject}|{where}",
        f"s_root|where={root}|{where}",
        f"s_subject_word={word}",
        f"s_subject_word|where={word}|{where}",
    ]


def trigger_features(
    trigger: Token,
    pattern: Pattern,
    others: Sequence[ActorMention],
    candidates: int,
    cues: Cues,
) -> list[str]:
    """What the trigger and its clause say about whether the act has a target at all, apart
    from any candidate: a noun trigger under a preposition is most often a circumstance ("lors
    du sommet", "en cas d'attaque") rather than an act told, a finite verb of the main clause
    most often an act; the gate (``AttachmentModel.gate``) weighs these."""
    case_words = [cues.preposition(w) for w in _case_words(trigger)]
    roles = "+".join(
        name for name, words in _role_words(cues) if any(w in words for w in case_words)
    ) or ("none" if case_words else "-")
    verb_form = ",".join(feature(trigger, "VerbForm")) or "-"
    tense = ",".join(feature(trigger, "Tense")) or "-"
    mood = ",".join(feature(trigger, "Mood")) or "-"
    core = sorted({c.dep_ for c in trigger.children if c.dep_ in CORE_DEPS})
    obliques = sum(c.dep_.startswith("obl") for c in trigger.children)
    determined = any(c.dep_ == "det" for c in trigger.children)
    main = trigger.dep_ == "ROOT" or (trigger.dep_ == "conj" and trigger.head.dep_ == "ROOT")
    agents = "+".join(sorted({s.agent or s.kind for s in others}))
    # where the other role's mention stands from the trigger: for a target asked for, the
    # source as the trigger's subject is the plain case; a source reached across clauses is
    # often another act's actor, and so is the target then
    source_path = tree_path(trigger, mention_head(others[0], trigger.doc[:])) if others else "none"
    root = pattern.code[:2]
    return [
        "gate_bias",
        f"t_pos={trigger.pos_}",
        f"t_dep={trigger.dep_}",
        f"t_head={trigger.head.pos_}:{trigger.head.dep_}",
        f"t_case={'+'.join(case_words) or '-'}",
        f"t_case_role={roles}",
        f"t_form={verb_form}|{tense}|{mood}",
        f"t_core={'+'.join(core) or '-'}",
        f"t_obliques={min(obliques, 2)}",
        f"t_det={determined}",
        f"t_main={main}",
        f"t_kind={pattern.kind}",
        f"t_root={root}",
        f"t_rule={pattern.rule}",
        f"t_candidates={min(candidates, 4)}",
        f"t_sources={min(len(others), 2)}",
        f"t_source_agents={agents}",
        f"t_kind|pos|case={pattern.kind}|{trigger.pos_}|{roles}",
        f"t_pos|dep={trigger.pos_}|{trigger.dep_}",
        f"t_root|pos={root}|{trigger.pos_}",
        f"s_path={source_path}",
        f"s_path|pos={source_path}|{trigger.pos_}",
    ]


def tree_path(trigger: Token, head: Token) -> str:
    """The dependency labels from ``trigger`` up to the lowest common ancestor and down to
    ``head``, each side cut at ``PATH_ARCS`` arcs."""
    up_chain, down_chain = _ancestors(trigger), _ancestors(head)
    down_ids = {t.i: k for k, t in enumerate(down_chain)}
    up_len = next((k for k, t in enumerate(up_chain) if t.i in down_ids), len(up_chain))
    if up_len == len(up_chain):
        return "split"
    down_len = down_ids[up_chain[up_len].i]
    up = [t.dep_ for t in up_chain[:up_len]]
    down = [t.dep_ for t in reversed(down_chain[:down_len])]
    return f"U:{_side(up)}/D:{_side(down)}"


def _role_words(cues: Cues) -> tuple[tuple[str, frozenset[str]], ...]:
    return (
        ("agent", cues.agent_prepositions),
        ("target", cues.target_prepositions),
        ("dative", cues.dative_prepositions),
        ("between", cues.between_prepositions),
        ("possessor", cues.possessor_prepositions),
        ("topic", cues.topic_prepositions),
    )


def ranked(trigger: Token, candidates: Sequence[tuple[ActorMention, str]]) -> list[int]:
    """Each candidate's rank by token distance to the trigger (0: the nearest)."""

    def distance(m: ActorMention) -> int:
        if m.token_end <= trigger.i:
            return trigger.i - m.token_end + 1
        return max(m.token_start - trigger.i, 0)

    order = sorted(range(len(candidates)), key=lambda k: distance(candidates[k][0]))
    ranks = [0] * len(candidates)
    for rank, k in enumerate(order):
        ranks[k] = rank
    return ranks


def sentence_candidates(
    sentence: Span,
    trigger: Token,
    by_token: Mapping[int, ActorMention],
    qualifiers: Mapping[int, ActorMention],
    locative: Mapping[int, ActorMention],
) -> list[tuple[ActorMention, str]]:
    """Every actor mention of the sentence once, with the index it came from: actors, then
    nationality adjectives and places finer than a country; none that holds the trigger."""
    seen: dict[int, tuple[ActorMention, str]] = {}
    for kind, index in (("actor", by_token), ("qualifier", qualifiers), ("locative", locative)):
        for i in range(sentence.start, sentence.end):
            mention = index.get(i)
            if mention is None or id(mention) in seen or not mention.code:
                continue
            if mention.token_start <= trigger.i < mention.token_end:
                continue
            seen[id(mention)] = (mention, kind)
    return list(seen.values())


def logistic(weights: Mapping[str, float], features: Iterable[str]) -> float:
    """The probability a logistic regression with ``weights`` gives the present features."""
    score = sum(weights.get(f, 0.0) for f in features)
    return 1.0 / (1.0 + math.exp(-max(min(score, 30.0), -30.0)))


@dataclass(frozen=True)
class AttachmentModel:
    """Logistic-regression weights by feature string, and the probability a candidate needs
    to be taken in the model's ``role`` (``TARGET`` or ``SOURCE``)."""

    weights: Mapping[str, float]
    threshold: float
    # the pattern kinds the model is asked for (empty: all) and the candidate kinds it never
    # takes: measured on held-out series, a noun trigger without a target is mostly a
    # circumstance ("lors du sommet de …"), not an act whose target was missed
    pattern_kinds: frozenset[str] = frozenset()
    excluded_candidates: frozenset[str] = frozenset()
    # a second regression over the trigger alone (``trigger_features``): whether the act has
    # a target at all; when its weights are given, below ``gate_threshold`` nothing is taken
    gate: Mapping[str, float] = field(default_factory=dict)
    gate_threshold: float = 0.0
    # the paths from trigger to source (``tree_path``) the model is asked with (empty: all):
    # a source reached across clauses is often another act's actor, and so is the target
    source_paths: frozenset[str] = frozenset()
    role: str = TARGET

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AttachmentModel:
        return cls(
            dict(data["weights"]),
            float(data["threshold"]),
            frozenset(data.get("pattern_kinds", ())),
            frozenset(data.get("excluded_candidates", ())),
            dict(data.get("gate", {})),
            float(data.get("gate_threshold", 0.0)),
            frozenset(data.get("source_paths", ())),
            str(data.get("role", TARGET)),
        )

    def asks(self, pattern: Pattern) -> bool:
        """Whether the model is asked at all for a match of ``pattern``."""
        return not self.pattern_kinds or pattern.kind in self.pattern_kinds

    @classmethod
    def read(cls, path: Path) -> AttachmentModel | None:
        """The model stored at ``path``, or ``None`` when the language has none."""
        if not path.exists():
            return None
        with path.open(encoding="utf-8") as handle:
            return cls.from_dict(json.load(handle))

    def probability(self, features: Iterable[str]) -> float:
        return logistic(self.weights, features)

    def choose(
        self,
        trigger: Token,
        pattern: Pattern,
        sentence: Span,
        candidates: Sequence[tuple[ActorMention, str]],
        others: Sequence[ActorMention],
        cues: Cues,
    ) -> Attachment | None:
        """The most probable candidate, if its probability reaches the threshold."""
        if not self.asks(pattern):
            return None
        if self.source_paths and not any(
            tree_path(trigger, mention_head(s, sentence)) in self.source_paths for s in others
        ):
            return None
        if self.gate:
            context = trigger_features(trigger, pattern, others, len(candidates), cues)
            if logistic(self.gate, context) < self.gate_threshold:
                return None
        best: Attachment | None = None
        for (mention, kind), rank in zip(candidates, ranked(trigger, candidates), strict=True):
            if kind in self.excluded_candidates:
                continue
            features = pair_features(
                trigger, pattern, mention, kind, sentence, others, rank, cues, self.role
            )
            p = self.probability(features)
            if best is None or p > best.probability:
                best = Attachment(mention, p)
        if best is None or best.probability < self.threshold:
            return None
        return best
