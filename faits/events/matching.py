"""Find which lexicon patterns fire on a sentence, and why the others did not.

A token is a trigger candidate when its lemma (or, when the lemmatiser got it wrong, its
lowercased form) indexes patterns. Each pattern is then checked against the parse: part of
speech, reflexive pronoun, and its chain of complements. Complements are searched in the
trigger's dependents first and, because the parser often attaches them wrongly, in the next
few words of the sentence as a fallback. A token that serves as another match's complement
("lever" in "refuser de lever les sanctions") is not a trigger on its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from spacy.tokens import Span, Token

from faits.events.cues import Cues
from faits.events.lexicon import ANY, HUNDREDS, Pattern, Step, normalise
from faits.tokens import dependents, feature, sentence_of

VERB_TAGS = frozenset({"VERB", "AUX", "ADJ"})
NOUN_TAGS = frozenset({"NOUN", "PROPN", "X"})
FUNCTION_TAGS = frozenset({"DET", "ADJ", "NUM", "PUNCT", "ADV"})
SEARCH_DEPTH = 3
WINDOW = 6
# Links walked up from a trigger to a speech act, purpose or condition that governs it: four
# reach "jouer" in "a opposé une fin de non-recevoir à la proposition de X de jouer …".
GOVERNOR_DEPTH = 4
# How many words back from a relative pronoun its antecedent noun may start
# ("l'attentat - suicide qui …").
RELATIVE_REACH = 4
# What may stand between a participle and the comma setting it off: its clitic pronouns,
# its marker and an adverb on it ("…, tout en appelant").
PARTICIPLE_LEAD_TAGS = frozenset({"PRON", "ADP", "SCONJ", "ADV"})
CONTENT_LINKS = frozenset({"xcomp", "ccomp", "obj", "acl", "obl:arg"})
# Roots whose trigger's complement is the content of the act, not a second event.
SPEECH_ACT_ROOTS = frozenset({"01", "02", "03", "10", "11", "12", "13"})
# CAMEO code of mediation: one asked for or promised has not happened.
MEDIATION_CODE = "045"
# Roots of physical violence: a participle clause of one ("…, tuant cent civils") tells the
# toll of the same attack, not a second one.
VIOLENCE_ROOTS = frozenset({"18", "19", "20"})
MASS_VIOLENCE_ROOT = "20"
# Material conflict (CAMEO quad class 4): what such a participle may code and still be part
# of the attack it follows (a riot's arson, a blockade, a killing).
MATERIAL_CONFLICT_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})
# Protest: the purpose clause of a demonstration or strike ("ont manifesté pour exiger la
# démission …") says what the protest is for, it is not a demand of its own; so does that of
# an appeal, a demand or a protest in words ("a lancé un appel aux donateurs pour financer
# l'aide", "a convoqué l'ambassadeur pour lui signifier une protestation"), and so does that of
# a meeting ("se sont retrouvés à Moscou pour tenter de désamorcer la crise"), and so does
# that of aid ("a approuvé un financement pour appuyer le budget ivoirien": what the money
# is for, no endorsement). The same holds of any act but force and violence, whose purpose is
# often carried out in the same breath: "a imposé des sanctions pour accroître la pression sur
# Moscou", "s'est engagé à acheter des avions pour réduire son excédent commercial" tell no
# pressure and no concession (two gold events of 5,448 sit in such a clause).
PURPOSE_ROOTS = frozenset(
    {"01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "16", "17"}
)
# Codes whose complement is an event of its own as well: a claim of responsibility names the
# attack it claims ("a revendiqué l'enlèvement de trois ressortissants indiens").
CLAIM_CODES = frozenset({"015"})
# Reactions to an event that a participle with an agent may report on the event's noun: a
# statement ("qualifiée de « ligne rouge » par Pékin"), praise, criticism or rejection ("un
# vote salué par Kiev", "une décision condamnée par Washington").
REACTION_ROOTS = frozenset({"01", "05", "11", "12"})
# Of cooperation (05) only praise is a reaction: an agreement "signé par" or "conclu par"
# its parties, a government "reconnu par l'ONU" are described by who made or backs them.
REACTION_CODES = ("01", "051", "11", "12")
# Encounters (CAMEO 04): a person received, hosted or met by an agent is no thing the agent
# made, so an agent participle on one is no authorship (``_detached_on_subject``).
ENCOUNTER_ROOT = "04"
# Entity labels of organisations, whose words are no triggers (``_inside_name``).
NAME_ENTITIES = frozenset({"ORG"})
# Acts on another event that leave it an event of its own, with its own author: an inquiry
# into a strike ("une enquête sur la frappe israélienne", 09), the dispersal of a
# demonstration ("la manifestation … a été dispersée par la police", 175). A complement of
# the act's own root is the act itself ("a ouvert une enquête").
ACTS_ON_EVENTS = ("09", "175")


def _consumes(pattern: Pattern, complement: list[Candidate] | None) -> bool:
    """Whether a match of ``pattern`` swallows a complement (its fired patterns, if any)."""
    code = pattern.code
    if code in CLAIM_CODES or pattern.complement_event:
        return False
    if code.startswith(ACTS_ON_EVENTS) and complement:
        return complement[0].pattern.code[:2] == code[:2]
    return True


class Candidate(NamedTuple):
    """One pattern tried on one token: fired or not, with the reason, and the complements used.

    A named tuple, not a frozen dataclass: tens of thousands are made per hundred articles
    (every pattern a word indexes, mostly failures), and a frozen dataclass is three times
    slower to build.
    """

    pattern: Pattern
    trigger: Token
    fired: bool
    reason: str
    complements: tuple[Token, ...] = ()


def token_keys(token: Token) -> tuple[str, ...]:
    lemma, form = normalise(token.lemma_), normalise(token.text)
    return (lemma,) if lemma == form else (lemma, form)


# ``token_keys`` by the (lemma, form) string ids: articles repeat their words, and reading a
# token's two ids costs less than building its two strings. Emptied when it grows this large.
_KEYS: dict[tuple[int, int], tuple[str, ...]] = {}
KEYS_KEPT = 200_000


def _known_keys(token: Token) -> tuple[str, ...]:
    ids = (token.lemma, token.orth)
    keys = _KEYS.get(ids)
    if keys is None:
        if len(_KEYS) >= KEYS_KEPT:
            _KEYS.clear()
        keys = _KEYS[ids] = token_keys(token)
    return keys


def _descendants(token: Token, depth: int) -> list[Token]:
    """Dependents down to ``depth`` levels, not entering a coordinated verb: in "a exprimé sa
    tristesse et présenté ses condoléances" the condolences complete "présenté", not
    "exprimé". A coordinated noun stands at its first conjunct's level: in "a invité le
    gouvernement éthiopien et les rebelles tigréens à des pourparlers" both parties are
    objects, and the talks (hung on "tigréens") are three levels down, not four."""
    found: list[Token] = []
    frontier = [token]
    for _ in range(depth):
        level = [
            child
            for node in frontier
            for child in dependents(node)
            if not (child.dep_ == "conj" and child.pos_ == "VERB")
        ]
        conjuncts = [c for c in level if c.dep_ != "conj"]
        while conjuncts:
            conjuncts = [
                child
                for node in conjuncts
                for child in dependents(node)
                if child.dep_ == "conj" and child.pos_ != "VERB"
            ]
            level.extend(conjuncts)
        frontier = level
        found.extend(frontier)
    return found


def _introduced_by(token: Token, preposition: str, sentence: Span, cues: Cues) -> bool:
    """A noun heading a compound preposition ("face aux manœuvres", cues.preposition_heads)
    makes it another preposition than its last word: "exprimer son inquiétude face aux
    manœuvres" says it to no one."""
    for child in dependents(token):
        if child.dep_ in ("case", "mark") and cues.preposition(child.text) == preposition:
            return True
        if child.dep_ in ("case", "mark") and normalise(child.text) in cues.preposition_heads:
            return False
    i = token.i - 1
    while i >= sentence.start and token.doc[i].pos_ in FUNCTION_TAGS:
        i -= 1
    return i >= sentence.start and cues.preposition(token.doc[i].text) == preposition


@dataclass
class SentenceView:
    """One sentence with its tokens' lookup keys and search spaces, computed once.

    The matcher asks the same questions of the same tokens for every pattern a word indexes
    (twenty on average per sentence): each answer that reads the parse is kept here, since
    each read of a spaCy token attribute builds Python objects.
    """

    sentence: Span
    tokens: list[Token] = field(default_factory=list)
    keys: dict[int, tuple[str, ...]] = field(default_factory=dict)
    all_keys: set[str] = field(default_factory=set)
    spaces: dict[int, list[Token]] = field(default_factory=dict)
    deps: dict[int, str] = field(default_factory=dict)
    auxiliaries: dict[int, bool] = field(default_factory=dict)
    tense_auxiliaries: dict[int, bool] = field(default_factory=dict)
    shared_subjects: dict[int, Token | None] = field(default_factory=dict)
    hundreds: set[int] = field(default_factory=set)
    refusals: dict[tuple, str | None] = field(default_factory=dict)

    @classmethod
    def build(cls, sentence: Span, cues: Cues | None = None) -> SentenceView:
        """``cues`` given, a noun counted by the hundred or more carries the key
        ``#hundreds`` as well ("tuer [#hundreds]": a massacre, not a killing)."""
        view = cls(sentence, list(sentence))
        # Only a word of the list, or one after such a word or digits, can be counted.
        words = cues.hundreds_words if cues is not None else frozenset()
        form = ""  # the previous word's
        for token in view.tokens:
            keys = _known_keys(token)
            counted = (
                not form
                or keys[0] in words
                or form in words
                or (not form.isalpha() and any(c.isdigit() for c in form))
            )
            form = keys[-1]
            if (
                counted
                and cues is not None
                and token.pos_ != "VERB"
                and cues.counts_hundreds(token)
            ):
                view.hundreds.add(token.i)
                view.all_keys.add(HUNDREDS)
            view.keys[token.i] = keys
            view.all_keys.update(keys)
        return view

    def dep(self, token: Token) -> str:
        dep = self.deps.get(token.i)
        if dep is None:
            dep = self.deps[token.i] = token.dep_
        return dep

    def has_auxiliary(self, token: Token) -> bool:
        found = self.auxiliaries.get(token.i)
        if found is None:
            found = self.auxiliaries[token.i] = _has_auxiliary(token)
        return found

    def has_tense_auxiliary(self, token: Token) -> bool:
        found = self.tense_auxiliaries.get(token.i)
        if found is None:
            found = self.tense_auxiliaries[token.i] = _tense_auxiliary(token)
        return found

    def shared_passive_subject(self, anchor: Token) -> Token | None:
        if anchor.i not in self.shared_subjects:
            self.shared_subjects[anchor.i] = _shared_passive_subject(anchor)
        return self.shared_subjects[anchor.i]

    def has_lemma(self, token: Token, lemmas: frozenset[str]) -> bool:
        if ANY in lemmas:
            return token.pos_ in ("NOUN", "PROPN", "VERB", "PRON")
        if token.pos_ == "DET":
            # an article is no complement: "revendiquer [le]" wants the clitic of "l'a
            # revendiqué", not the "le" of "sous le nom de Diaoyu"
            return False
        keys = self.keys.get(token.i) or token_keys(token)
        if token.i in self.hundreds and HUNDREDS in lemmas:
            return True
        return any(key in lemmas for key in keys)

    def search_space(self, anchor: Token) -> list[Token]:
        """The anchor's dependents (three levels), then the next few words.

        The word the anchor depends on is not its complement: in "l'attaque a été
        revendiquée", "revendiquée" governs "attaque" and cannot complete "attaque [*]"
        (each would consume the other and both events would be lost).
        """
        space = self.spaces.get(anchor.i)
        if space is None:
            end = min(anchor.i + 1 + WINDOW, self.sentence.end)
            window = [anchor.doc[i] for i in range(anchor.i + 1, end)]
            skip = {anchor.i, anchor.head.i}
            for subject in _subjects_before(anchor):
                skip.update(range(subject.left_edge.i, subject.right_edge.i + 1))
            space = [t for t in [*_descendants(anchor, SEARCH_DEPTH), *window] if t.i not in skip]
            self.spaces[anchor.i] = space
        return space


def _subjects_before(anchor: Token) -> list[Token]:
    """The subjects of a verb set before it. Nothing in the subject phrase completes the verb:
    in "le ministère des Affaires étrangères a qualifié la décision de « provocation »", the
    "de" of "des Affaires" is not the one "qualifier … de" wants."""
    return [c for c in dependents(anchor) if c.dep_ == "nsubj" and c.i < anchor.i]


def find_step(anchor: Token, step: Step, view: SentenceView, cues: Cues) -> Token | None:
    """The complement of ``anchor`` that satisfies ``step``: tree first, then word order."""
    absent = ANY not in step.lemmas and step.lemmas.isdisjoint(view.all_keys)
    anchor_dep = view.dep(anchor)
    if absent and not (anchor_dep.startswith("acl") and view.has_lemma(anchor.head, step.lemmas)):
        return None
    sentence = view.sentence
    shared = view.shared_passive_subject(anchor)
    if shared is not None and view.has_lemma(shared, step.lemmas) and step.preposition is None:
        return shared
    if (
        anchor_dep.startswith("acl")
        and step.preposition is None
        and view.has_lemma(anchor.head, step.lemmas)
    ):
        return anchor.head
    if step.preposition is None and anchor.pos_ in ("VERB", "AUX"):
        antecedent = relative_antecedent(anchor, step.lemmas, view, cues)
        if antecedent is not None:
            return antecedent
    own_relatives = (
        _relative_clause_words(anchor, cues)
        | _coordinated_clause_words(anchor, view.search_space(anchor))
        if ANY in step.lemmas
        else set()
    )
    for token in view.search_space(anchor):
        if not view.has_lemma(token, step.lemmas) or token.i in own_relatives:
            continue
        dep = view.dep(token)
        if token.i < anchor.i and dep == "nsubj":
            continue
        if dep.startswith("aux") or dep == "cop":
            # "ont" is the lemma "avoir" too: an auxiliary is never the assets of "bloquer".
            continue
        if step.preposition is None:
            if ANY in step.lemmas or not _oblique_of_verb(token, anchor, cues):
                return token
        elif _introduced_by(token, step.preposition, sentence, cues):
            return token
    return None


def _relative_pronoun_object(verb: Token, cues: Cues) -> Token | None:
    """The relative "que" a verb takes as object ("l'attaque que Washington attribue …").

    The parser tags it a pronoun object, or a conjunction ("mark") as it would the "que" of
    a reported clause; then it is relative when it follows a noun (past a comma) and the
    verb has no object of its own: "a affirmé que …" follows a verb.
    """
    for child in dependents(verb):
        if child.i > verb.i:
            break
        if child.dep_ == "obj" and "Rel" in feature(child, "PronType"):
            return child
        if child.dep_ == "mark" and normalise(child.text) in cues.complementizers:
            if any(c.dep_ == "obj" for c in dependents(verb)):
                return None
            i = child.i - 1
            while i >= 0 and verb.doc[i].pos_ == "PUNCT":
                i -= 1
            if i >= 0 and verb.doc[i].pos_ in (*NOUN_TAGS, "ADJ"):
                return child
    return None


def relative_antecedent(
    verb: Token, lemmas: frozenset[str], view: SentenceView, cues: Cues
) -> Token | None:
    """The noun a relative "que" stands for, when it is what the verb's step wants.

    "les attaques de drones contre deux sites d'Aramco, que Washington attribue à l'Iran":
    the object of "attribue" is the attacks. The parser often hangs the relative clause on
    the main verb, so the antecedent is read off the words: the word before the pronoun
    (past a comma) and the nouns it qualifies, up its chain of noun modifiers.
    """
    pronoun = _relative_pronoun_object(verb, cues)
    if pronoun is None or ANY in lemmas:
        return None
    i = pronoun.i - 1
    while i >= view.sentence.start and verb.doc[i].pos_ == "PUNCT":
        i -= 1
    if i < view.sentence.start:
        return None
    node = verb.doc[i]
    for _ in range(GOVERNOR_DEPTH):
        if node.pos_ in NOUN_TAGS and view.has_lemma(node, lemmas):
            return node
        if not node.dep_.startswith(("nmod", "amod", "flat", "appos")) or node.head.i == node.i:
            return None
        node = node.head
    return None


def _antecedent_of(complement: Token, trigger: Token, cues: Cues) -> bool:
    """A complement standing for the trigger's relative "que" belongs to the main clause: in
    "ont revendiqué les attaques de drones …, que Washington attribue à l'Iran" the attacks
    are an event of their own as well as what is imputed."""
    return complement.i < trigger.i and _relative_pronoun_object(trigger, cues) is not None


def _agent_participle(complement: Token, trigger: Token, cues: Cues) -> bool:
    """A participle on the trigger noun that names its agent is that agent's act, not what
    the noun is about: "une attaque revendiquée par le JNIM", "un vote salué par Kiev",
    "une offensive condamnée par Paris" read like "que le JNIM a revendiquée"."""
    return (
        complement.dep_ == "acl"
        and complement.head.i == trigger.i
        and complement.i > trigger.i
        and has_agent(complement, cues)
    )


def _relative_clause_words(anchor: Token, cues: Cues) -> set[int]:
    """Words of a relative clause on ``anchor``: "une attaque que les autorités imputent à
    Israël" — what the clause says of the noun is no complement of it."""
    found: set[int] = set()
    for child in dependents(anchor):
        relative = child.dep_ == "acl:relcl" or (
            child.dep_ == "acl"
            and child.i > anchor.i
            and any(
                "Rel" in feature(c, "PronType")
                or (c.dep_ == "mark" and normalise(c.text) in cues.complementizers)
                for c in dependents(child)
            )
        )
        if relative:
            found.update(t.i for t in child.subtree)
    return found


def _coordinated_clause_words(anchor: Token, space: list[Token]) -> set[int]:
    """Words of a verb coordinated after a noun: in "a condamné l'attaque et exprimé sa
    solidarité avec N'Djamena", "exprimé" is the subject's second act, coordinated with
    "condamné" (or, as the parser may have it, with the noun); neither it nor its phrases
    complete "attaque [*]", whether found in the tree or by word order."""
    if anchor.pos_ not in NOUN_TAGS:
        return set()
    found: set[int] = set()
    for token in space:
        if token.dep_ == "conj" and token.pos_ == "VERB" and token.i > anchor.i:
            found.update(t.i for t in token.subtree)
    return found


def _oblique_of_verb(token: Token, anchor: Token, cues: Cues) -> bool:
    """A verb's bare complement is its object, never a phrase of another preposition than
    "de": in "a annulé les pourparlers en représailles à la visite de Pelosi" the visit is
    the reason, not what was cancelled ("annuler [visite]"). Nouns' complements are free
    ("une bombe au chlore"). Only a preposition counts: in "ont mené la semaine dernière une
    opération commune" the parser hangs "dernière" on "opération" as its "case"."""
    if anchor.pos_ not in ("VERB", "AUX"):
        return False
    return any(
        child.dep_ == "case"
        and child.pos_ == "ADP"
        and cues.preposition(child.text) not in cues.possessor_prepositions
        for child in dependents(token)
    )


def _shared_passive_subject(anchor: Token) -> Token | None:
    """ "Un attentat a fait 90 morts … et a été revendiqué par les talibans": a passive verb
    coordinated with no subject of its own has its first conjunct's subject as patient."""
    if anchor.dep_ != "conj" or not any(c.dep_ == "aux:pass" for c in dependents(anchor)):
        return None
    if any(c.dep_.startswith("nsubj") for c in dependents(anchor)):
        return None
    return next((c for c in dependents(anchor.head) if c.dep_.startswith("nsubj")), None)


def _is_reflexive(token: Token, cues: Cues) -> bool:
    for child in dependents(token):
        if child.pos_ == "PRON" and normalise(child.text) in cues.reflexives:
            return True
    previous = token.doc[token.i - 1] if token.i > 0 else None
    while previous is not None and previous.pos_ in ("AUX", "ADV") and previous.i > 0:
        previous = token.doc[previous.i - 1]
    return previous is not None and normalise(previous.text) in cues.reflexives


def _has_auxiliary(token: Token) -> bool:
    """A word carrying auxiliaries is a verb whatever its tag ("a été violé" tagged ADV)."""
    return any(child.dep_.startswith("aux") for child in dependents(token))


def _tense_auxiliary(token: Token) -> bool:
    return any(child.dep_ == "aux:tense" for child in dependents(token))


def _infinitive_read_as_noun(token: Token, pattern: Pattern) -> bool:
    """ "chargée … d'enquêter sur": an infinitive after "de" or "à" the tagger read as a noun
    is the verb itself (the written form is the pattern's infinitive)."""
    if token.i == 0 or normalise(token.text) != pattern.trigger:
        return False
    return normalise(token.nbor(-1).text) in ("de", "d'", "à")


def try_pattern(
    pattern: Pattern,
    token: Token,
    dep: str,
    pos: str,
    view: SentenceView,
    cues: Cues,
    noun_listed: bool = False,
) -> Candidate:
    """One pattern on one token; ``dep`` and ``pos`` are the token's, read once per token;
    ``noun_listed``: a noun pattern is indexed by the token's own keys as well."""
    # What refuses a token depends only on the pattern's kind, trigger and reflexive: read
    # once per token, not for each of the patterns its word indexes.
    key = (token.i, pattern.kind, pattern.trigger, pattern.reflexive, noun_listed)
    reason = view.refusals.get(key, "")
    if reason == "":
        reason = view.refusals[key] = _refusal(pattern, token, dep, pos, view, cues, noun_listed)
    if reason is not None:
        return Candidate(pattern, token, False, reason)
    complements: list[Token] = []
    anchor = token
    for step in pattern.steps:
        if (
            anchor is token
            and ANY not in step.lemmas
            and step.lemmas.isdisjoint(view.all_keys)
            and not (dep.startswith("acl") and view.has_lemma(token.head, step.lemmas))
        ):
            found = None  # ``find_step``'s first test, without the call
        else:
            found = find_step(anchor, step, view, cues)
        if found is None:
            reason = f"no complement {step.wanted}"
            return Candidate(pattern, token, False, reason, tuple(complements))
        complements.append(found)
        anchor = found
    return Candidate(pattern, token, True, "matched", tuple(complements))


def _refusal(
    pattern: Pattern,
    token: Token,
    dep: str,
    pos: str,
    view: SentenceView,
    cues: Cues,
    noun_listed: bool,
) -> str | None:
    """Why ``try_pattern`` refuses the token before looking for complements, if it does."""
    tags = VERB_TAGS if pattern.kind == "verb" else NOUN_TAGS
    if dep.startswith("aux") or dep == "cop":
        return f"auxiliary ({dep}), not a trigger"
    verbal = pattern.kind == "verb" and pos not in NOUN_TAGS and view.has_auxiliary(token)
    # "ont pleinement rétabli" tagged a noun: a tense auxiliary makes it the verb, unless the
    # lexicon reads that very word as a noun ("ont massacré", 20.yaml lists "massacré")
    verbal = verbal or (
        pattern.kind == "verb" and not noun_listed and view.has_tense_auxiliary(token)
    )
    verbal = verbal or (pattern.kind == "verb" and _infinitive_read_as_noun(token, pattern))
    if pos not in tags and not verbal:
        return f"part of speech {pos} is not a {pattern.kind}"
    keys = view.keys.get(token.i) or token_keys(token)
    lemma, form = keys[0], keys[-1]
    if pattern.trigger != lemma and pattern.trigger != form:
        # Found by a written form of the trigger (lexicon.VerbForms): only when the
        # lemmatiser left the word as it is ("réclame"), not when it read it as another
        # word ("sommes" is "être", not "sommer"); an adjective must carry an auxiliary
        # ("ont gelé les avoirs", but "les groupes armés").
        if lemma != form:
            return f"lemmatised as {lemma!r}"
        if pos == "ADJ" and not verbal:
            return "adjective, not the verb's form"
    if pattern.reflexive and not _is_reflexive(token, cues):
        return "no reflexive pronoun"
    return None


def candidates(
    sentence: Span,
    index: dict[str, list[Pattern]],
    cues: Cues,
    fired_only: bool = False,
    listed: dict[tuple[str, ...], Listed] | None = None,
) -> list[Candidate]:
    """Every pattern indexed by a token's lemma or form, tried on that token. ``fired_only``
    leaves out the patterns that cannot fire for want of their first complement anywhere in
    the sentence: most tries are those, and the coder reads only fired patterns (``faits
    explain`` shows them all). ``listed``, when given, keeps ``listing`` by token keys for
    this ``index`` (the model's, see ``EventModel.listed``): the same keys come back in
    every article."""
    found: list[Candidate] = []
    view = SentenceView.build(sentence, cues)
    all_keys = view.all_keys
    if all_keys.isdisjoint(index):
        return found
    for token in view.tokens:
        keys = view.keys[token.i]
        if keys[0] not in index and keys[-1] not in index:  # a lemma, and a form if another
            continue
        if listed is None:
            patterns, noun_listed = listing(keys, index)
        else:
            kept = listed.get(keys)
            if kept is None:
                if len(listed) >= KEYS_KEPT:
                    listed.clear()
                kept = listed[keys] = listing(keys, index)
            patterns, noun_listed = kept
        dep, pos = token.dep_, token.pos_
        # A pattern cannot fire when none of its first step's words is in the sentence, unless
        # the trigger is a clause on a noun, which could itself be the step (``find_step``'s
        # first test)
        free = not fired_only or dep.startswith("acl")
        for pattern, first in patterns:
            if free or first is None or not first.isdisjoint(all_keys):
                found.append(try_pattern(pattern, token, dep, pos, view, cues, noun_listed))
    return found


# What ``candidates`` tries on a token of given keys: each pattern the keys index, once, in
# index order, with the words of its first step (``None`` when it has none or any word
# does), and whether one of them is a noun's.
Listed = tuple[tuple[tuple[Pattern, frozenset[str] | None], ...], bool]


def listing(keys: tuple[str, ...], index: dict[str, list[Pattern]]) -> Listed:
    patterns: list[tuple[Pattern, frozenset[str] | None]] = []
    seen: set[int] = set()
    for key in keys:
        for pattern in index.get(key, ()):
            if id(pattern) in seen:
                continue
            seen.add(id(pattern))
            lemmas = pattern.steps[0].lemmas if pattern.steps else None
            patterns.append((pattern, None if lemmas is None or ANY in lemmas else lemmas))
    return tuple(patterns), any(p.kind == "noun" for p, _ in patterns)


def _inside_name(token: Token) -> bool:
    """A word of an organisation's name, as the entity recogniser reads it: "le
    Rassemblement national", "l'Organisation de coopération de Shanghai", "les Forces de
    soutien rapide" name parties, not a rally, cooperation or support. The name's first word
    is capitalised, other than as the sentence's first word (where the recogniser's spans
    are least reliable: "Manifestation à Paris")."""
    if token.ent_type_ not in NAME_ENTITIES:
        return False
    start = token
    while start.ent_iob_ == "I" and start.i > 0:
        start = start.doc[start.i - 1]
    return start.text[:1].isupper() and start.i != sentence_of(token).start


def _modifier_noun(token: Token, cues: Cues) -> bool:
    """A bare noun after "de" qualifying another noun: "avions de combat", "demandeurs d'asile".

    Not a noun with parties of its own ("au lendemain de heurts entre la police et des
    manifestants", "au terme d'affrontements avec l'armée") nor one with an adjective before
    it, where "de" is the plural article ("au terme de violents affrontements").
    """
    children = dependents(token)
    if token.dep_ != "nmod" or any(c.dep_ == "det" for c in children):
        return False
    if _indefinite_plural(token, children):
        return False
    if not any(
        c.dep_ == "case" and cues.preposition(c.text) in cues.possessor_prepositions
        for c in children
    ):
        return False
    if any(c.dep_ == "amod" and c.i < token.i for c in children):
        return False
    parties = cues.target_prepositions | cues.between_prepositions
    return not any(
        c.dep_ in ("nmod", "obl", "obl:arg", "obl:mod")
        and c.i > token.i
        and any(m.dep_ == "case" and cues.preposition(m.text) in parties for m in dependents(c))
        for c in children
    )


def _indefinite_plural(token: Token, children: list[Token]) -> bool:
    """ "au lendemain de frappes iraniennes", "deux jours d'affrontements entre …": a plural
    after a bare "de" (the plural article "des" a preposition swallows) counts occurrences,
    no kind of thing qualifying the noun before it ("avions de combat"); a contracted "des"
    (the definite article) leaves it to the other tests ("l'arrêt des exercices")."""
    return "Plur" in feature(token, "Number") and any(
        c.dep_ == "case" and c.i < token.i and not feature(c, "Definite") for c in children
    )


def _present_participle(token: Token) -> bool:
    """ "rappelant que …", "en appelant à …": a clause of its own beside the main verb."""
    return "Part" in feature(token, "VerbForm") and "Pres" in feature(token, "Tense")


def _text_act(token: Token, cues: Cues) -> bool:
    """ "une résolution rejetant la création d'un État", "un communiqué dénonçant l'attaque":
    a present participle on a text (``roles.yaml#statement-text``) says what the text does,
    which is its author's act."""
    return _present_participle(token) and normalise(token.head.lemma_) in cues.statement_texts


def _topic_of(token: Token, cues: Cues) -> bool:
    """ "les informations sur un possible déploiement": a noun saying what another is about."""
    return token.dep_.startswith(("nmod", "obl")) and any(
        c.dep_ == "case" and cues.preposition(c.text) in cues.topic_prepositions
        for c in dependents(token)
    )


def _governing_trigger(token: Token, speech_acts: set[int], cues: Cues) -> bool:
    """Whether a speech-act trigger governs this one: what is accused, demanded, rejected.

    A conjunct shares the link of the first one: in "s'est engagé à garantir la liberté de
    la presse et à dépénaliser la diffamation", both verbs are the content of the promise.
    """
    node = token
    if node.pos_ in NOUN_TAGS and node.dep_.startswith("nsubj") and node.head.i != node.i:
        # "a averti que toute attaque contre le Guyana aurait de lourdes conséquences": an
        # act named as the subject of the content clause is part of that content
        node = node.head
    for _ in range(GOVERNOR_DEPTH):
        while node.dep_ == "conj" and node.head.i != node.i and node.head.i not in speech_acts:
            if _stray_participle(node):
                return False
            node = node.head
        if (
            not (node.dep_ in CONTENT_LINKS or _conditional_relative(node) or _topic_of(node, cues))
            or node.head.i == node.i
            or _own_clause(node)
        ):
            return False
        node = node.head
        if node.i in speech_acts:
            return True
    return False


def _stray_participle(verb: Token) -> bool:
    """ "a exhorté Douchanbé à garantir la sécurité … et demandé à ses entreprises de …": a
    past participle with no auxiliary of its own cannot be joined to an infinitive, a
    present participle or a noun, whatever the parser hangs it on; it shares the auxiliary
    of a verb above, whose subject does it, and is no part of what that verb says."""
    if verb.pos_ != "VERB" or "Part" not in feature(verb, "VerbForm"):
        return False
    if "Past" not in feature(verb, "Tense"):
        return False
    if any(c.dep_.startswith(("aux", "nsubj", "expl")) for c in dependents(verb)):
        return False
    head = verb.head
    return not ("Part" in feature(head, "VerbForm") and "Past" in feature(head, "Tense"))


def _unrealised_mediation(trigger: Token, speech_acts: set[int], cues: Cues) -> str | None:
    """A mediation phrase on what is asked or promised ("a appelé Kinshasa et Kigali à
    reprendre le dialogue sous l'égide de l'Angola", "a réclamé la reprise du dialogue sous
    la médiation de l'Algérie") is part of that appeal: nobody has mediated anything yet."""
    if not trigger.dep_.startswith(("obl", "nmod")) or trigger.head.i == trigger.i:
        return None
    host = trigger.head
    if host.i in speech_acts or _governing_trigger(host, speech_acts, cues):
        return GOVERNED
    return None


def _conditional_relative(token: Token) -> bool:
    """ "une résolution qui aurait durci les sanctions": a relative clause in the conditional
    says what the noun would have done, so it is part of what is blocked or rejected."""
    return token.dep_ == "acl:relcl" and any(
        "Cnd" in feature(t, "Mood")
        for t in (token, *(c for c in dependents(token) if c.dep_.startswith("aux")))
    )


def _own_clause(token: Token) -> bool:
    """A present participle that opens a clause of its own ("…, rappelant que …"), not one
    that only says what a noun is about: "le plan visant à interdire …", "un projet de
    résolution appelant à un cessez-le-feu" are the content of what is rejected."""
    return _present_participle(token) and not (
        token.dep_ == "acl"
        and token.head.pos_ in NOUN_TAGS
        and not _detached_present_participle(token)
    )


# how far up a verb with no subject its clause may hang on the noun that is its subject
SUBJECT_REACH = 3


def _verb_subject(verb: Token) -> Token | None:
    """The subject of a verb, or what a relative or participle clause hangs on ("un accord
    qui prévoit …", "un accord prévoyant …")."""
    subject = next((c for c in dependents(verb) if c.dep_.startswith("nsubj")), None)
    if subject is not None and "Rel" not in feature(subject, "PronType"):
        return subject
    if verb.dep_.startswith("acl") and verb.head.i != verb.i:
        return verb.head
    if subject is None:
        # the parser loses the subject of "Le traité que X et Y ont signé prévoit …",
        # hanging the verb on the relative clause: the first noun above it
        node = verb
        for _ in range(SUBJECT_REACH):
            if node.head.i == node.i:
                break
            node = node.head
            if node.pos_ in NOUN_TAGS:
                return node
    return subject


def _topic_noun(token: Token, cues: Cues) -> bool:
    """An act's noun that is what a verb of talk, hope or question is about ("ont évoqué la
    coopération énergétique", "Interrogé sur l'assassinat du journaliste"), or what a text
    provides for ("Le traité prévoit une coopération"): no occurrence of the act
    (``roles.yaml#topic-verb``). A conjunct stands where its first conjunct does."""
    noun = token
    if noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if not noun.dep_.startswith(("obj", "obl", "nmod")) or noun.head.i == noun.i:
        return False
    verb = noun.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = normalise(verb.lemma_)
    if lemma in cues.topic_verbs:
        return True
    if lemma not in cues.provision_verbs:
        return False
    subject = _verb_subject(verb)
    return subject is not None and normalise(subject.lemma_) in cues.provision_texts


def _attribution_noun(token: Token, cues: Cues) -> bool:
    """A noun inside "selon …" names a source, not an event ("selon une enquête de l'ONU")."""
    return any(
        c.dep_ == "case" and cues.preposition(c.text) in cues.attribution_prepositions
        for c in dependents(token)
    )


def has_agent(token: Token, cues: Cues) -> bool:
    """A passive participle that names its agent: "un vote salué par Kiev".

    The preposition is checked, not only the label: the parser calls "accusés d'activités"
    an agent too.
    """
    return any(
        child.dep_.startswith("obl")
        and any(
            c.dep_ == "case" and cues.preposition(c.text) in cues.agent_prepositions
            for c in dependents(child)
        )
        for child in dependents(token)
    )


def _participle(token: Token) -> bool:
    """A participle by its tag, or one the tagger called an infinitive although it is not
    written as its lemma (an infinitive is): "une trêve négociée par le Qatar"."""
    forms = feature(token, "VerbForm")
    return "Part" in forms or ("Inf" in forms and token.lower_ != token.lemma_.lower())


def _authorship(candidate: Candidate, cues: Cues) -> bool:
    """A participle with an agent that says who made the noun it qualifies ("une trêve
    négociée par le Qatar et l'Égypte", "une résolution présentée par l'Algérie"): it
    describes the noun, no act is reported. Only a reaction to the noun's event is one ("un
    vote salué par Kiev", "l'attentat revendiqué par l'État islamique": ``REACTION_ROOTS``).
    """
    token = candidate.trigger
    code = candidate.pattern.code
    return (
        candidate.pattern.kind == "verb"
        and token.dep_ == "acl"
        and token.head.pos_ in ("NOUN", "PROPN")
        and _participle(token)
        and not _present_participle(token)
        and has_agent(token, cues)
        and not code.startswith(REACTION_CODES)
        and code not in CLAIM_CODES
        and not (code.startswith(ENCOUNTER_ROOT) and _detached_on_subject(token))
    )


def _detached_on_subject(participle: Token) -> bool:
    """ "Le chancelier, accueilli à Londres par le Premier ministre, a promis …": a participle
    set off by a comma on the subject of the sentence tells what happened to the subject
    before its act. For an encounter (``ENCOUNTER_ROOT``: received, hosted, met) that is
    the agent's act on the subject, no description of a thing the agent made; other codes
    keep their standing-status reading ("le gouvernement, reconnu par l'ONU, …")."""
    previous = participle.doc[participle.i - 1] if participle.i > 0 else None
    if previous is None or previous.text != "," or participle.head.i > participle.i:
        return False
    subject = participle.head
    # on the name in apposition to the subject ("Le Premier ministre indien Narendra Modi,
    # attendu jeudi à Tokyo, …")
    while subject.dep_ in ("appos", "flat:name") and subject.head.i != subject.i:
        subject = subject.head
    return subject.dep_.startswith("nsubj")


def _adjectival(token: Token, cues: Cues) -> bool:
    """A participle that only qualifies a noun: "le journaliste arrêté en Russie", and a
    bare past participle set off as a clause: "leurs relations, rompues en 2016".

    One that names its agent reports an act of that agent and stays ("l'attentat
    revendiqué par l'État islamique").
    """
    if "Part" not in feature(token, "VerbForm") or has_agent(token, cues):
        return False
    if any(c.dep_.startswith(("aux", "nsubj")) for c in dependents(token)):
        # a clause of its own: "une frappe que l'armée libanaise impute à Israël", "une
        # attaque que le gouvernement a imputée aux jihadistes" (the tagger reads the
        # present "impute" as a participle too)
        return False
    if token.dep_ == "acl":
        return not (
            _text_act(token, cues)
            or _detached_present_participle(token)
            or _detached_present_form(token, cues)
            or _headline_predicate(token)
        )
    if token.dep_ == "advcl" and _said_of_oneself(token.head, cues):
        # what a speaker says of itself: "tout en se disant ouvert à une coopération"
        return False
    return (
        token.dep_ == "advcl"
        and "Past" in feature(token, "Tense")
        and not cues.present_participle_form(token.text)
    )


def _said_of_oneself(verb: Token, cues: Cues) -> bool:
    """A reflexive speech verb ("se dire", "se déclarer"): the participle after it is what
    the speaker declares itself, the way "s'est dit prêt à" declares an intent."""
    return (
        verb.pos_ == "VERB"
        and normalise(verb.lemma_) in cues.speech_verbs
        and _is_reflexive(verb, cues)
    )


def _headline_predicate(token: Token) -> bool:
    """ "Antony Blinken attendu dimanche à Pékin": in a verbless headline the participle on
    the name that heads it is the predicate, not a qualifier."""
    head = token.head
    if head.dep_ != "ROOT" or head.pos_ not in ("PROPN", "NOUN"):
        return False
    return not any("Fin" in feature(t, "VerbForm") for t in sentence_of(token))


def _detached_present_participle(token: Token) -> bool:
    """ "…, réclamant un retrait": a present participle set off by a comma continues the
    subject's action even when the parser hangs it on the preceding noun. Its own clitics,
    marker and adverb may stand between ("…, lui reprochant un manque de respect", "…, tout
    en appelant")."""
    if not _present_participle(token):
        return False
    doc = token.doc
    i = token.i - 1
    while i >= 0 and doc[i].head.i == token.i and _participle_lead(doc[i]):
        i -= 1
    return i >= 0 and doc[i].text == ","


def _participle_lead(word: Token) -> bool:
    """A word that may stand between the comma and its participle: a clitic, marker or
    adverb. The tagger reads the elided clitic of "…, l'accusant de" as a determiner; a
    determiner whose head is a verb is a clitic all the same."""
    return word.pos_ in PARTICIPLE_LEAD_TAGS or (
        word.pos_ == "DET" and word.dep_ in ("obj", "iobj")
    )


def _detached_present_form(token: Token, cues: Cues) -> bool:
    """ "des relations avec la Chine, rompant ainsi avec Taïwan": a participle set off by a
    comma whose written ending is the present one, which the parser tagged as past."""
    previous = token.doc[token.i - 1] if token.i > 0 else None
    return (
        previous is not None and previous.text == "," and cues.present_participle_form(token.text)
    )


def _consequence(token: Token, violent: set[int]) -> bool:
    """ "bombardé un village, tuant cent civils", "utilisé des gaz, faisant des centaines de
    morts", "attaqué un village, incendiant plusieurs maisons": a present participle under a
    violent trigger is that attack's toll or means. Set off by a comma, it may hang on the
    attack's object ("village") instead of the attack."""
    if not _present_participle(token):
        return False
    if token.dep_.startswith("advcl"):
        return token.head.i in violent
    return (
        token.dep_ == "acl"
        and _detached_present_participle(token)
        and token.head.head.i in violent
        and token.head.dep_ in ("obj", "obl", "obl:arg", "obl:mod")
    )


# Links by which a word only qualifies the purposed trigger or complement, or says where or
# when it happened: the purpose clause of "un appel pressant aux belligérants pour qu'ils
# déposent les armes" hangs on "pressant", that of "ont pris d'assaut le Parlement, dans la
# Zone verte, pour protester contre …" on "Zone". An object counts too: in "bloquent depuis
# vendredi les points de passage … pour protester contre …" the parser makes the points the
# object of "vendredi", and the clause hangs on them.
QUALIFIER_LINKS = ("acl", "amod", "nmod", "obl", "obj")


def _on_purposed(head: Token, purposed: set[int]) -> bool:
    """Whether a clause's head is a purposed word or a qualifier of one."""
    node = head
    for _ in range(2):
        if node.i in purposed:
            return True
        if not node.dep_.startswith(QUALIFIER_LINKS) or node.head.i == node.i:
            return False
        node = node.head
    return node.i in purposed


def _attack_toll(token: Token, violent: set[int]) -> bool:
    """ "Les affrontements … ont fait des dizaines de morts": a verb whose subject is an
    attack tells that attack's toll; read as mass killing, it would be a second event.
    Only the mass-violence reading is dropped: "les frappes ont tué trois civils" may carry
    the parties the noun lacks."""
    return any(c.dep_ == "nsubj" and c.i in violent for c in dependents(token))


def _restated_attack(token: Token, violent: set[int]) -> bool:
    """ "l'attentat-suicide qui a frappé dimanche un meeting": a violent verb in a relative
    clause on a violent noun tells where and how that attack struck, not a second attack.

    The antecedent is read off the words before the relative pronoun (a few nouns, no verb
    between), as the parser often hangs the clause on the main verb instead of the noun.
    """
    pronoun = next(
        (
            c
            for c in dependents(token)
            if c.dep_.startswith("nsubj") and "Rel" in feature(c, "PronType")
        ),
        None,
    )
    if pronoun is None:
        return False
    for before in reversed(token.doc[max(pronoun.i - RELATIVE_REACH, 0) : pronoun.i]):
        if before.i in violent:
            return True
        if before.pos_ in VERB_TAGS - {"ADJ"}:
            return False
    return False


def _restated_act(token: Token, codes: dict[int, str], cues: Cues) -> bool:
    """ "a renforcé son dispositif militaire le long de sa frontière, déployant des unités
    supplémentaires", "ont entamé une grève …, paralysant les aéroports": a present
    participle set off after a material act (``MATERIAL_CONFLICT_ROOTS``) of the same code
    says again what that act was, it is not a second one. Speech acts are left alone: "a
    salué des élections, félicitant le vainqueur" is two acts. The parser may hang the
    participle on the act's object or on a noun of it; the act is then the first trigger
    above."""
    if not (
        _participle_clause(token, cues)
        or (token.dep_.startswith("advcl") and cues.present_participle_form(token.text))
    ):
        return False
    node = token.head
    for _ in range(GOVERNOR_DEPTH):
        if node.i in codes:
            code = codes[node.i]
            material = code[:2] in MATERIAL_CONFLICT_ROOTS
            return node.i < token.i and material and code == codes.get(token.i)
        if node.head.i == node.i or not node.dep_.startswith(("obj", "obl", "nmod")):
            return False
        node = node.head
    return False


# Clauses inside a purpose clause that are not what the act is for: a relative clause on one
# of its nouns, a participle or another adverbial clause on its verb.
CLAUSES_OF_THEIR_OWN = ("acl:relcl", "advcl")


def _purpose_clause(token: Token, purposed: set[int], cues: Cues) -> bool:
    return (
        token.dep_.startswith(("advcl", "acl"))
        and _on_purposed(token.head, purposed)
        and any(
            c.dep_ == "mark" and normalise(c.text) in cues.purpose_marks for c in dependents(token)
        )
    )


def _purpose(token: Token, purposed: set[int], cues: Cues) -> bool:
    """ "sont en grève pour réclamer …", "ont entamé une grève de la faim pour protester …",
    "a lancé un appel pour financer l'aide": a clause introduced by a purpose conjunction
    under a protest, appeal, demand or disapproval trigger or its complement, and the words
    of that clause ("l'aide" is what the appeal is for)."""
    if _detached_present_participle(token):
        return False
    node = token
    for _ in range(GOVERNOR_DEPTH):
        if _purpose_clause(node, purposed, cues):
            return True
        if node.head.i == node.i or (node.i != token.i and node.i in purposed):
            return False
        if (
            _clause_of_its_own(node)
            or node.dep_.startswith(CLAUSES_OF_THEIR_OWN)
            or _detached_present_participle(node)
        ):
            # "pour réclamer le départ du président, que les contestataires accusent de …",
            # "pour protester contre …, accusant New Delhi de …": a relative with a subject
            # of its own or a participle set off by a comma says something else than what
            # the protest is for
            return False
        node = node.head
    return False


def _clause_of_its_own(node: Token) -> bool:
    """A verb with a nominal subject of its own, or a present participle opening a clause of
    its own (``_own_clause``)."""
    if node.pos_ != "VERB":
        return False
    return _own_clause(node) or any(c.dep_ == "nsubj" for c in dependents(node))


def _condition_of_speech_act(token: Token, speech_acts: set[int], cues: Cues) -> bool:
    """ "s'est dit prêt à négocier si les sanctions étaient levées", "menace de réduire ses
    livraisons si Chisinau ne réglait pas sa dette": a condition ("si …") set on a threat, an
    offer or an appeal is part of what is said, not an event of its own. The clause may hang
    on the speech act or on the verb that introduces it ("s'est dit" over "prêt")."""
    node = token
    for _ in range(GOVERNOR_DEPTH):
        if node.dep_.startswith("advcl") and any(
            c.dep_ == "mark" and normalise(c.text) in cues.hypothetical_marks
            for c in dependents(node)
        ):
            head = node.head
            return head.i in speech_acts or any(
                c.i in speech_acts for c in dependents(head) if c.dep_ in CONTENT_LINKS
            )
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _spelled_out(token: Token, speech_acts: set[int]) -> bool:
    """ "a lancé un ultimatum au Hamas : libérer les otages …": a clause after a colon that
    hangs on a speech act spells out what is demanded, threatened or promised."""
    node = token
    for _ in range(GOVERNOR_DEPTH):
        head = node.head
        if head.i == node.i:
            return False
        if (
            head.i in speech_acts
            and head.i < node.i
            and node.dep_.startswith(("advcl", "parataxis", "appos", "ccomp"))
            and any(t.text == ":" for t in node.doc[head.i + 1 : node.left_edge.i])
        ):
            return True
        node = head
    return False


def _past(token: Token) -> bool:
    """A compound past ("a détenu", "ont occupé") or a simple past ("occupa")."""
    if any(c.dep_ == "aux:tense" for c in dependents(token)):
        return True
    return "Fin" in feature(token, "VerbForm") and "Past" in feature(token, "Tense")


def reported_clause(token: Token, cues: Cues) -> Token | None:
    """The clause a reporting verb opens after it ("a déclaré que …"), if any."""
    for child in dependents(token):
        if (
            child.dep_ == "ccomp"
            and child.i > token.i
            and any(
                c.dep_ == "mark" and normalise(c.text) in cues.complementizers
                for c in dependents(child)
            )
        ):
            return child
    return None


def inverted_report(token: Token) -> list[Token] | None:
    """What a reporting verb set after it reports: "« Nous ne sommes en guerre avec
    personne », a déclaré le président", "La situation est « catastrophique », a estimé le
    procureur". The verb follows a comma (past its auxiliaries and adverbs) and its subject
    follows it, or it has none (the parser often reads the inverted subject as an object or
    a conjunct); what it reports is the sentence before that comma."""
    subjects = [c.i for c in dependents(token) if c.dep_.startswith("nsubj")]
    if subjects and max(subjects) < token.i:
        return None
    sentence = sentence_of(token)
    i = token.i - 1
    while i > sentence.start and token.doc[i].pos_ in ("AUX", "ADV"):
        i -= 1
    if i <= sentence.start or token.doc[i].text != ",":
        return None
    return list(token.doc[sentence.start : i])


def _reported_words(token: Token, cues: Cues) -> list[Token] | None:
    clause = reported_clause(token, cues)
    return list(clause.subtree) if clause is not None else inverted_report(token)


def _reports_an_event(group: list[Candidate], fired: set[int], cues: Cues) -> bool:
    """Whether a reporting verb's clause holds a trigger: the event is then that one."""
    words = _reported_words(group[0].trigger, cues)
    return words is not None and any(t.i in fired for t in words)


def _announces_reported_event(group: list[Candidate], others: set[int]) -> bool:
    """ "Israël et le Hamas ont accepté une trêve …, a annoncé le ministère qatari": a verb set
    after what it reports, whose complements all lie in that report ("annoncer [trêve]"),
    tells of an event coded there; it is the report, not a second act. Speech acts keep their
    own reading ("…, a dénoncé Paris" is Paris's disapproval)."""
    best = group[0]
    if not best.complements or best.pattern.code[:2] in SPEECH_ACT_ROOTS:
        return False
    trigger = best.trigger
    if not (_tense_auxiliary(trigger) or "Fin" in feature(trigger, "VerbForm")):
        # a participle set off by a comma is a clause of its own ("…, rompant avec Taïwan")
        return False
    words = inverted_report(trigger)
    if words is None:
        return False
    reported = {t.i for t in words}
    return all(c.i in reported for c in best.complements) and not reported.isdisjoint(others)


def _participle_clause(token: Token, cues: Cues) -> bool:
    """A present participle, by its tag or, set off by a comma, by its written ending: a
    clause that goes with the act before it. As a reporting verb ("Les trois pays ont saisi
    le Conseil, estimant que Téhéran viole l'accord") it gives that act's reason, no
    statement of its own (what it holds is coded where it is an act)."""
    return _present_participle(token) or _detached_present_form(token, cues)


def _standing_state(candidate: Candidate) -> bool:
    """A ``state`` verb in a finite form out of a past tense: what it names holds, nothing
    happened ("qu'il détient", "qui accueille 600 000 réfugiés"). An infinitive takes its
    tense from the verb it completes ("pourrait accueillir des réfugiés" is an act)."""
    pattern, trigger = candidate.pattern, candidate.trigger
    if pattern.kind != "verb" or not pattern.state or _past(trigger):
        return False
    return "Inf" not in feature(trigger, "VerbForm")


# Why ``select`` drops a fired pattern, as ``faits explain`` shows it.
REPORTS_NOTHING = "reporting pattern with no reported clause of its own, or on a participle"
MODIFIER_NOUN = "bare noun qualifying another noun ('avions de combat')"
INSIDE_NAME = "word of an organisation's name ('le Rassemblement national')"
ATTRIBUTION_NOUN = "noun of an attribution phrase ('selon les déclarations de')"
TOPIC_NOUN = "what is talked about or provided for ('ont évoqué la coopération')"
STANDING_STATE = "a standing situation, not an act ('qui accueille 600 000 réfugiés')"
ADJECTIVAL = "adjectival participle ('les sanctions imposées')"
AUTHORSHIP = "participle naming who made the noun ('une trêve négociée par le Qatar')"
COMPLEMENT = "complement of the match on {}"
NOT_ENACTED = "the act's noun is not the enacting verb's own complement"
AGENT_NAMED = "the act's noun names its author ('la libération des otages par Israël')"
NOUN_READING = "the act's noun has a reading of its own ('le rétablissement des relations')"
GOVERNED = "content of a speech act that governs it"
CONDITION = "condition of a speech act"
SPELLED_OUT = "spells out a speech act's content"
REPORTS_EVENT = "reporting verb whose reported clause holds a trigger"
ANNOUNCES = "report verb of an event told before it ('…, a annoncé le ministère')"
CONSEQUENCE = "toll of a violent trigger"
RESTATED_ATTACK = "restates an attack coded beside it"
RESTATED_ACT = "restates an act coded beside it"
PURPOSE = "purpose of a protest or appeal"
LASTING = "a situation lasting for months ('réclament depuis des années')"


def _inadmissible(candidate: Candidate, cues: Cues) -> str | None:
    """Why a fired pattern cannot be an event in itself, or ``None`` if it can."""
    trigger = candidate.trigger
    if candidate.pattern.reports and (
        _reported_words(trigger, cues) is None or _participle_clause(trigger, cues)
    ):
        return REPORTS_NOTHING
    if candidate.pattern.kind == "noun":
        if _inside_name(trigger):
            return INSIDE_NAME
        if _modifier_noun(trigger, cues):
            return MODIFIER_NOUN
        if _topic_noun(trigger, cues):
            return TOPIC_NOUN
        return ATTRIBUTION_NOUN if _attribution_noun(trigger, cues) else None
    if _standing_state(candidate):
        return STANDING_STATE
    if _authorship(candidate, cues):
        return AUTHORSHIP
    if candidate.pattern.code.startswith(ENCOUNTER_ROOT) and _detached_on_subject(trigger):
        # "Li Qiang, attendu vendredi à Vientiane, doit …": the subject's visit, told
        # before what it does there, no quality of the subject
        return None
    return ADJECTIVAL if _adjectival(trigger, cues) else None


class Selection(NamedTuple):
    """The groups ``select`` keeps, and why each other fired pattern was dropped."""

    groups: list[list[Candidate]]
    dropped: dict[int, str]  # id() of a fired candidate -> the reason


def _names_agent(noun: Token, cues: Cues) -> bool:
    """Whether a phrase of the act's noun names its author by an agent preposition ("la
    libération des otages par Israël"), on the noun or on its own complement (where the
    parser often hangs it), not deeper ("une enquête sur les crimes commis par X")."""
    phrases = [c for c in dependents(noun) if c.dep_.startswith("nmod")]
    phrases += [g for c in phrases for g in dependents(c) if g.dep_.startswith("nmod")]
    return any(
        c.dep_ == "case" and cues.preposition(c.text) in cues.agent_prepositions
        for t in phrases
        for c in dependents(t)
    )


def _read_by_its_noun(
    candidate: Candidate, fired: dict[int, list[Candidate]], cues: Cues
) -> str | None:
    """Why an act read on the verb enacting it (``lexicon.enacted_patterns``) gives way: its
    noun is not that verb's own complement, names its author ("par X"), or it fires a pattern of its own with a complement ("a annoncé le rétablissement de leurs
    relations diplomatiques": the noun's reading knows the parties). A bare noun's reading
    ("l'interdiction", whose "de X" it takes for the author) does not outrank it."""
    if not candidate.pattern.enacted or not candidate.complements:
        return None
    noun, verb = candidate.complements[0], candidate.trigger
    if noun.head.i != verb.i and verb.head.i != noun.i:
        # the act is what the verb enacts ("a annoncé la libération"; "l'interdiction
        # décrétée par la Chine"), not a noun further on ("a annoncé l'ONU, qui réclame
        # leur libération")
        return NOT_ENACTED
    if _names_agent(noun, cues):
        # "a annoncé la libération de trois otages par Israël": the act's author is named,
        # and the verb's subject only tells of it
        return AGENT_NAMED
    own = [c for c in fired.get(noun.i, ()) if c.pattern.kind == "noun" and c.pattern.steps]
    return NOUN_READING if own else None


def select(
    found: list[Candidate], cues: Cues, lasting: frozenset[int] = frozenset()
) -> list[list[Candidate]]:
    """Fired patterns grouped by trigger, most specific first, minus what is covered.

    Dropped: triggers used as another match's complement ("lever" in "refuser de lever"),
    triggers inside the content of a speech act ("accuse Kigali de soutenir …" is one
    accusation; a claimed attack is kept: "a revendiqué l'attentat" is a claim and an
    attack), the toll of a violent trigger told by a participle ("…, tuant cent civils"),
    the purpose clause of a protest ("ont manifesté pour exiger …"),
    bare nouns qualifying another noun ("avions de combat"), nouns of attribution phrases,
    adjectival participles, state verbs out of a past tense ("qu'il détient") and reporting
    verbs whose reported clause holds a trigger ("a déclaré que X a signé …"), and the verbs of
    ``lasting``, told as lasting for months (``lasting.lasting_verbs``). The coder
    falls back to the next pattern of a group of the same root when the best one yields no
    event (no target where one is needed; ``coder.readings``).
    """
    return selection(found, cues, lasting).groups


def selection(
    found: list[Candidate], cues: Cues, lasting: frozenset[int] = frozenset()
) -> Selection:
    """``select``'s groups, with the reason each fired pattern left out was dropped for.
    A verb of ``lasting`` still governs its complements and its content ("accuse depuis des
    mois Abou Dhabi d'acheminer des armes" codes no transfer either); it is only no event."""
    dropped: dict[int, str] = {}
    fired: dict[int, list[Candidate]] = {}
    for candidate in found:
        if candidate.fired:
            fired.setdefault(candidate.trigger.i, []).append(candidate)
    ranked: dict[int, list[Candidate]] = {}
    for i, group in fired.items():
        group.sort(key=lambda c: -c.pattern.specificity)
        if _standing_state(group[0]):
            # "la Jordanie, qui accueille 600 000 réfugiés": the word's best reading is a
            # situation, not an act; its vaguer readings ("accueillir", 043) are no act either.
            dropped.update((id(c), STANDING_STATE) for c in group)
            continue
        admissible = []
        for candidate in group:
            why = _inadmissible(candidate, cues) or _read_by_its_noun(candidate, fired, cues)
            if why is None:
                admissible.append(candidate)
            else:
                dropped[id(candidate)] = why
        if admissible:
            ranked[i] = admissible
    consumers: dict[int, Token] = {
        c.i: group[0].trigger
        for group in ranked.values()
        for c in group[0].complements
        if _consumes(group[0].pattern, ranked.get(c.i))
        and not _antecedent_of(c, group[0].trigger, cues)
        and not _agent_participle(c, group[0].trigger, cues)
    }
    kept: dict[int, list[Candidate]] = {}
    for i, group in ranked.items():
        if i in consumers:
            why = COMPLEMENT.format(repr(consumers[i].text))
            dropped.update((id(c), why) for c in group)
        else:
            kept[i] = group
    reporting = {i for i, g in kept.items() if g[0].pattern.reports}
    speech_acts = {
        i
        for i, g in kept.items()
        if g[0].pattern.code[:2] in SPEECH_ACT_ROOTS
        and g[0].pattern.code not in CLAIM_CODES
        and i not in reporting
    }
    codes = {i: g[0].pattern.code for i, g in kept.items()}
    violent = {i for i, g in kept.items() if g[0].pattern.code[:2] in VIOLENCE_ROOTS}
    material = {i for i, g in kept.items() if g[0].pattern.code[:2] in MATERIAL_CONFLICT_ROOTS}
    purposed = {
        t
        for i, g in kept.items()
        if g[0].pattern.code[:2] in PURPOSE_ROOTS
        for t in (i, *(c.i for c in g[0].complements))
    }

    def covered(i: int, group: list[Candidate]) -> str | None:
        trigger = group[0].trigger
        if i in lasting:
            return LASTING
        if _governing_trigger(trigger, speech_acts, cues):
            return GOVERNED
        if codes[i].startswith(MEDIATION_CODE):
            why = _unrealised_mediation(trigger, speech_acts, cues)
            if why is not None:
                return why
        if _condition_of_speech_act(trigger, speech_acts, cues):
            return CONDITION
        if _spelled_out(trigger, speech_acts):
            return SPELLED_OUT
        if i in reporting and _reports_an_event(group, set(ranked) - {i}, cues):
            return REPORTS_EVENT
        if _announces_reported_event(group, set(kept) - {i}):
            return ANNOUNCES
        if i in material and _consequence(trigger, violent):
            return CONSEQUENCE
        if codes[i][:2] == MASS_VIOLENCE_ROOT and _attack_toll(trigger, violent - {i}):
            return CONSEQUENCE
        if i in violent and _restated_attack(trigger, violent - {i}):
            return RESTATED_ATTACK
        if _restated_act(trigger, codes, cues):
            return RESTATED_ACT
        if purposed and _purpose(trigger, purposed, cues):
            return PURPOSE
        return None

    groups = []
    for i, group in sorted(kept.items()):
        why = covered(i, group)
        if why is None:
            groups.append(group)
        else:
            dropped.update((id(c), why) for c in group)
    return Selection(groups, dropped)
