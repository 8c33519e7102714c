"""The small closed-class word lists the event engine reads from a language's lexicon.

``roles.yaml`` (prepositions that mark the agent, the target, "entre X et Y", reflexive
pronouns, contracted prepositions, the conjunctions of a purpose clause, the written verb
forms triggers are also looked up by, the conjunction of a reported clause), ``modality.yaml`` (negation, verb endings of the
conditional and the future, future and hypothetical cues) and ``attribution.yaml``
("selon", speech verbs). Each file is a list of entries with an ``id``, the words, and an
example sentence that ``tests/events`` runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.tokens import Token

from faits.events.lexicon import VerbForms, normalise
from faits.lexicons import LexiconError, load_yaml


def _entries(language: str, name: str) -> dict[str, dict[str, Any]]:
    entries = load_yaml(language, name) or []
    by_id = {str(e["id"]): e for e in entries}
    if len(by_id) != len(entries):
        raise LexiconError(f"{language}/{name}: duplicate ids")
    return by_id


def _words(entries: dict[str, dict[str, Any]], entry_id: str, key: str = "words") -> frozenset[str]:
    entry = entries.get(entry_id)
    if entry is None:
        raise LexiconError(f"missing entry {entry_id!r}")
    return frozenset(normalise(str(w)) for w in entry.get(key) or [])


@dataclass(frozen=True)
class VerbEndings:
    """A tense read from the written form: an ending after a stem that ends in ``stem_final``.

    The stem must differ from the infinitive minus ``infinitive_suffix`` letters, which is
    how an imperfect or a present with the same ending is told apart from the tense.
    """

    endings: tuple[str, ...]
    stem_final: str
    infinitive_suffix: int

    def matches(self, form: str, lemma: str) -> bool:
        form, lemma = normalise(form), normalise(lemma)
        for ending in self.endings:
            if form.endswith(ending) and len(form) > len(ending) + 1:
                stem = form[: -len(ending)]
                return stem.endswith(self.stem_final) and stem != lemma[: -self.infinitive_suffix]
        return False


def _endings(entries: dict[str, dict[str, Any]], entry_id: str) -> VerbEndings:
    entry = entries[entry_id]
    endings = sorted((normalise(e) for e in entry["endings"]), key=len, reverse=True)
    return VerbEndings(tuple(endings), entry["stem_final"], int(entry["infinitive_suffix"]))


def _verb_forms(entries: dict[str, dict[str, Any]]) -> VerbForms:
    """``roles.yaml#verb-forms``: optional, a language whose lemmatiser needs no help omits it."""
    entry = entries.get("verb-forms")
    if entry is None:
        return VerbForms()
    return _verb_class(entry, others=tuple(_verb_class(e) for e in entry.get("more") or []))


def _verb_class(entry: dict[str, Any], others: tuple[VerbForms, ...] = ()) -> VerbForms:
    endings = tuple(normalise(str(e)) for e in entry.get("endings") or [])
    return VerbForms(normalise(str(entry["infinitive"])), endings, others)


@dataclass(frozen=True)
class Cues:
    reflexives: frozenset[str]
    agent_prepositions: frozenset[str]
    target_prepositions: frozenset[str]
    dative_prepositions: frozenset[str]
    between_prepositions: frozenset[str]
    possessor_prepositions: frozenset[str]
    topic_prepositions: frozenset[str]
    coordination: frozenset[str]
    contractions: dict[str, str]
    negation_words: frozenset[str]
    negation_particles: frozenset[str]
    negation_needs_particle: frozenset[str]
    negation_determiners: frozenset[str]
    privative_marks: frozenset[str]
    conditional: VerbEndings
    future: VerbEndings
    future_auxiliaries: frozenset[str]
    future_modifiers: frozenset[str]
    planning_verbs: frozenset[str]
    hypothetical_marks: frozenset[str]
    attribution_prepositions: frozenset[str]
    speech_verbs: frozenset[str]
    purpose_marks: frozenset[str] = frozenset()
    verb_forms: VerbForms = VerbForms()
    complementizers: frozenset[str] = frozenset()
    reflexive_senses: frozenset[str] = frozenset()
    expected_verbs: frozenset[str] = frozenset()
    possibility_modals: frozenset[str] = frozenset()
    present_participle_endings: tuple[str, ...] = ()
    hundreds_words: frozenset[str] = frozenset()
    hundreds_minimum: int | None = None
    statement_texts: frozenset[str] = frozenset()
    request_nouns: frozenset[str] = frozenset()
    onset_nouns: frozenset[str] = frozenset()
    order_nouns: frozenset[str] = frozenset()
    order_prepositions: frozenset[str] = frozenset()
    since_marks: frozenset[str] = frozenset()
    topic_verbs: frozenset[str] = frozenset()
    provision_verbs: frozenset[str] = frozenset()
    provision_texts: frozenset[str] = frozenset()
    # nouns that head a compound preposition ("face à"): its last word is not the preposition
    preposition_heads: frozenset[str] = frozenset()

    @classmethod
    def load(cls, language: str) -> Cues:
        roles = _entries(language, "events/roles.yaml")
        modality = _entries(language, "events/modality.yaml")
        attribution = _entries(language, "events/attribution.yaml")
        contractions = {
            normalise(k): normalise(v) for k, v in (roles["contractions"].get("map") or {}).items()
        }
        return cls(
            reflexives=_words(roles, "reflexive"),
            agent_prepositions=_words(roles, "agent"),
            target_prepositions=_words(roles, "target"),
            dative_prepositions=_words(roles, "dative"),
            between_prepositions=_words(roles, "between"),
            possessor_prepositions=_words(roles, "possessor"),
            topic_prepositions=_words(roles, "topic"),
            coordination=_words(roles, "coordination"),
            contractions=contractions,
            negation_words=_words(modality, "negation"),
            negation_particles=_words(modality, "negation", "particles"),
            negation_needs_particle=_words(modality, "negation", "needs_particle"),
            negation_determiners=_words(modality, "negation", "determiners"),
            privative_marks=_words(modality, "privative"),
            conditional=_endings(modality, "conditional"),
            future=_endings(modality, "future-tense"),
            future_auxiliaries=_words(modality, "future-auxiliary"),
            future_modifiers=_words(modality, "future-modifier"),
            planning_verbs=_words(modality, "planning-verb"),
            hypothetical_marks=_words(modality, "hypothetical-mark"),
            attribution_prepositions=_words(attribution, "according-to"),
            speech_verbs=_words(attribution, "speech-verb"),
            purpose_marks=_words(roles, "purpose"),
            verb_forms=_verb_forms(roles),
            complementizers=_words(roles, "complementizer")
            if "complementizer" in roles
            else frozenset(),
            reflexive_senses=_words(roles, "reflexive-senses")
            if "reflexive-senses" in roles
            else frozenset(),
            expected_verbs=_words(modality, "expected") if "expected" in modality else frozenset(),
            possibility_modals=_words(modality, "possibility-modal")
            if "possibility-modal" in modality
            else frozenset(),
            present_participle_endings=tuple(_words(modality, "present-participle", "endings"))
            if "present-participle" in modality
            else (),
            hundreds_words=_words(roles, "hundreds") if "hundreds" in roles else frozenset(),
            hundreds_minimum=int(roles["hundreds"]["minimum"]) if "hundreds" in roles else None,
            statement_texts=_words(roles, "statement-text")
            if "statement-text" in roles
            else frozenset(),
            request_nouns=_words(roles, "request-noun") if "request-noun" in roles else frozenset(),
            onset_nouns=_words(roles, "onset-noun") if "onset-noun" in roles else frozenset(),
            order_nouns=_words(roles, "order-noun") if "order-noun" in roles else frozenset(),
            order_prepositions=_words(roles, "order-noun", "prepositions")
            if "order-noun" in roles
            else frozenset(),
            since_marks=_words(roles, "since") if "since" in roles else frozenset(),
            topic_verbs=_words(roles, "topic-verb") if "topic-verb" in roles else frozenset(),
            provision_verbs=_words(roles, "topic-verb", "provision_verbs")
            if "topic-verb" in roles
            else frozenset(),
            provision_texts=_words(roles, "topic-verb", "texts")
            if "topic-verb" in roles
            else frozenset(),
            preposition_heads=_words(roles, "preposition-heads")
            if "preposition-heads" in roles
            else frozenset(),
        )

    def counts_hundreds(self, token: Token) -> bool:
        """Whether ``token`` names people by the hundred or more (``roles.yaml#hundreds``):
        itself a word of the list ("des centaines de civils"), or counted right before it by
        one ("deux cents personnes") or by digits worth the minimum ("au moins 1 400
        civils", whose groups the parser splits into "1" and "400"). The count is read off
        the words before the noun, not the parse: in "Plus de 200 civils ont été tués" the
        parser hangs "200" on "Plus". The patterns of mass killing read it as the
        complement "#hundreds" (lexicon.HUNDREDS). Only a noun (or a noun the parser took
        for an adjective, "200 civils") is counted: "en mars 2024 au Kivu" puts a year
        before a preposition."""
        if self.hundreds_minimum is None or token.pos_ not in ("NOUN", "ADJ", "PROPN"):
            return False
        if normalise(token.lemma_) in self.hundreds_words:
            return True
        # The walk stops at the first word that is not a count, so it needs no sentence
        # bound (``token.sent`` rebuilds the sentence span on every call).
        doc = token.doc
        digits = ""
        i = token.i - 1
        while i >= 0:
            word = doc[i]
            if normalise(word.text) in self.hundreds_words:
                return True
            group = word.text.replace("\u202f", "").replace("\xa0", "").replace(".", "")
            if not group.isdigit():
                break
            digits = group + digits
            i -= 1
        return bool(digits) and int(digits) >= self.hundreds_minimum

    def present_participle_form(self, word: str) -> bool:
        """A participle whose written ending is the present one: the parser sometimes tags
        "rompant" as a past participle."""
        return normalise(word).endswith(self.present_participle_endings)

    def preposition(self, word: str) -> str:
        """The plain preposition of a token's text: contractions undone (``au`` → ``à``)."""
        word = normalise(word)
        return self.contractions.get(word, word)
