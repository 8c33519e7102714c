"""Read a language's event lexicon into patterns indexed by trigger lemma.

An entry of ``lexicons/<lang>/events/NN.yaml`` (one file per CAMEO root) gives one CAMEO
code and the ways a text says it: ``verbs`` and ``nouns``, each a small pattern string::

    rencontrer                      the verb alone
    se rencontrer                   a reflexive verb (the reflexive words come from roles.yaml)
    s'entretenir avec               reflexive; "avec" introduces the target
    imposer [sanction|embargo]      a complement (object or oblique) with one of these lemmas
    appeler à [*]                   any complement introduced by "à"
    appeler à [dialogue|négociation]   the complement must be introduced by "à"
    refuser de [lever] [sanction]   a chain: "lever" under "refuser", "sanction" under "lever"
    convoquer [@diplomate]          a named class of words (``events/classes.yaml``), alone
    signer [@accord|déclaration]    or among other words: one list shared by many patterns

Entry flags: ``symmetric`` (the event goes both ways: "s'est entretenu avec", "se sont
rencontrés"), ``reciprocal`` (only a plural subject without target acts on itself: "se
menaçant", "échanger des piques"), ``negated: CODE`` (the code when the trigger is negated: "ne seraient pas
retirées" → refuse to ease sanctions), ``needs_target`` (no event without a target actor), ``targetless`` (the act has no
adversary, so never a target, not even the author of an act told before: an appeal of a
verdict, "a fait appel de sa condamnation", goes to a higher court, against no one),
``of: target`` (for a noun trigger, "de X" is the target: "l'arrestation de X"),
``state`` (the verb names a state when not in a past tense: "les ressortissants qu'il
détient", "tant que les troupes occuperont": only "a détenu", "occupa" are events),
``complement_event`` (the complement is an event of its own, by its own author: "a
repoussé une incursion israélienne"), ``reports`` (a reporting verb: an event only with a reported clause, "que …", that codes no
event of its own; "X a déclaré que Y a fait Z" is Y's event, reported by X),
``destination`` (a place the pattern's complement names is the target, as its country:
"se rendre à Moscou" → RUS), ``joint: CODE`` (parties of several countries doing the act
with no one else named do CODE with each other: one army's exercise is a show of force,
150, two armies' is military cooperation, 062), ``reverse: CODE`` (the target also does CODE to the source: a host "reçoit" a guest, who
visits the host, 042).

An act an authority decides may be named by its noun under a verb that enacts or announces
it ("a annoncé la convocation de l'ambassadeur"): ``events/enacted.yaml`` lists those verbs
and the nouns of acts with the verb each names; every pattern of such a verb is also read on
the enacting verbs, its noun first (``enacted_patterns``).

Each (trigger, complement chain) is one pattern; the model indexes them by trigger lemma so
coding a sentence costs one dictionary lookup per token.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any

from faits.lexicons import LexiconError, lexicon_path, load_yaml

ROOTS = tuple(f"{n:02d}" for n in range(1, 21))
_SET = re.compile(r"^\[([^\]]+)\]$")
ANY = "*"
# A complement counted by the hundred or more (cues.Cues.counts_hundreds): "tuer [#hundreds]".
HUNDREDS = "#hundreds"


def normalise(word: str) -> str:
    """Lowercase with typographic apostrophes made plain, so lexicon and text compare."""
    return word.lower().replace("’", "'")


@dataclass(frozen=True)
class Step:
    """One complement the pattern requires: its lemmas and the preposition introducing it."""

    lemmas: frozenset[str]
    preposition: str | None = None

    @cached_property
    def wanted(self) -> str:
        """What the step asks for, as the reason a pattern failed: "'à' + [dialogue|paix]".

        Cached: a step fails on many tokens of a corpus, its description is built once.
        """
        intro = f"'{self.preposition}' + " if self.preposition else ""
        return f"{intro}[{'|'.join(sorted(self.lemmas))}]"


def _step_weight(step: Step) -> int:
    if ANY in step.lemmas:
        return 3
    return 5 if HUNDREDS in step.lemmas else 4


@dataclass(frozen=True)
class Pattern:
    """One way of saying a CAMEO code, anchored on a trigger lemma."""

    rule: str
    entry_id: str
    code: str
    kind: str
    text: str
    trigger: str
    reflexive: bool = False
    steps: tuple[Step, ...] = ()
    target_preposition: str | None = None
    symmetric: bool = False
    reciprocal: bool = False
    negated_code: str | None = None
    reverse_code: str | None = None
    joint_code: str | None = None
    needs_target: bool = False
    targetless: bool = False
    state: bool = False
    reports: bool = False
    complement_event: bool = False
    destination: bool = False
    of_is_target: bool = False
    # read on a verb enacting the act the first complement names (``enacted_patterns``)
    enacted: bool = False

    @property
    def specificity(self) -> int:
        """More constrained patterns win over bare ones on the same trigger. A count by the
        hundred (``HUNDREDS``) says more than a class of words: "a renvoyé plus d'un millier
        de ressortissants" is a mass expulsion ("renvoyer [#hundreds]", 201) before it is one
        of nationals ("renvoyer [ressortissant]", 174)."""
        steps = sum(_step_weight(step) for step in self.steps)
        return steps + 2 * int(self.reflexive) + int(bool(self.target_preposition))

    @property
    def rank(self) -> tuple[int, int]:
        """The order patterns of one trigger are tried in: the most specific first and, among
        equally specific ones, those whose complements a preposition introduces. "condamnés
        pour troubles à l'ordre public" is a conviction ("condamner pour [*]", 116) before it
        is a condemnation ("condamner [*]", 111)."""
        return (-self.specificity, -sum(step.preposition is not None for step in self.steps))


@dataclass(frozen=True)
class Example:
    """A sentence an entry must code: the test runs every one of them."""

    rule: str
    text: str
    code: str
    source: str | None
    target: str | None
    published: str | None = None


@dataclass(frozen=True)
class VerbForms:
    """Written forms a verb trigger is looked up by as well as its infinitive.

    The lemmatiser leaves some inflected verbs as their own lemma or a noun's ("réclame",
    "reproche", "gelé"), so a verb trigger whose infinitive ends in ``infinitive`` is also
    indexed by its stem plus each of ``endings``: one more dictionary key per form, no work
    per token. A form that is a word of another class ("la réclame") only reaches verb
    patterns, which check the part of speech. ``others`` are further verb classes, each
    with its own infinitive ending ("-ir": "ont rétabli", lemma "rétabli").
    """

    infinitive: str = ""
    endings: tuple[str, ...] = ()
    others: tuple[VerbForms, ...] = ()

    def of(self, trigger: str) -> tuple[str, ...]:
        found = tuple(form for other in self.others for form in other.of(trigger))
        if not self.infinitive or not trigger.endswith(self.infinitive):
            return found
        stem = trigger[: -len(self.infinitive)]
        if len(stem) < 2:
            return found
        return found + tuple(stem + e for e in self.endings if stem + e != trigger)


@dataclass
class EventLexicon:
    patterns: dict[str, list[Pattern]] = field(default_factory=dict)
    examples: list[Example] = field(default_factory=list)
    entries: int = 0
    # Written form -> verb triggers it stands for ("réclame" -> "réclamer"), see VerbForms.
    forms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    index: dict[str, list[Pattern]] = field(default_factory=dict)

    @property
    def pattern_count(self) -> int:
        return sum(len(p) for p in self.patterns.values())

    def build_index(self, verb_forms: VerbForms) -> None:
        """Patterns by lookup key: every trigger, and the written forms of verb triggers."""
        forms: dict[str, set[str]] = {}
        for trigger, patterns in self.patterns.items():
            if any(p.kind == "verb" for p in patterns):
                for form in verb_forms.of(trigger):
                    forms.setdefault(form, set()).add(trigger)
        self.forms = {form: tuple(sorted(triggers)) for form, triggers in forms.items()}
        index = {trigger: list(patterns) for trigger, patterns in self.patterns.items()}
        for form, triggers in self.forms.items():
            extra = [p for t in triggers for p in self.patterns[t] if p.kind == "verb"]
            index[form] = sorted([*index.get(form, ()), *extra], key=lambda p: p.rank)
        self.index = index


# A set's word naming a class of words (``events/classes.yaml``): "[@diplomate]".
CLASS_MARK = "@"


def load_word_classes(language: str) -> dict[str, frozenset[str]]:
    """``events/classes.yaml``: class name -> its words. Optional: a language may have none.

    A class is one list of words many patterns accept ("convoquer [@diplomate]", "rappeler
    [@diplomate]", "expulser [@diplomate]"): a word added to it reaches them all.
    """
    if not lexicon_path(language, "events/classes.yaml").exists():
        return {}
    classes = load_yaml(language, "events/classes.yaml") or {}
    return {
        normalise(name): frozenset(normalise(w).replace("_", " ") for w in words)
        for name, words in classes.items()
    }


def _set_words(words: list[str], rule: str, classes: dict[str, frozenset[str]]) -> frozenset[str]:
    """A set's words, each class named by ``@name`` replaced by its words."""
    found: set[str] = set()
    for word in words:
        if not word.startswith(CLASS_MARK):
            found.add(normalise(word).replace("_", " "))
            continue
        name = normalise(word[len(CLASS_MARK) :])
        if name not in classes:
            raise LexiconError(f"{rule}: unknown word class {word!r}")
        found.update(classes[name])
    return frozenset(found)


def parse_pattern(
    text: str,
    *,
    rule: str,
    entry: dict[str, Any],
    kind: str,
    reflexives: frozenset[str],
    contractions: dict[str, str],
    classes: dict[str, frozenset[str]] | None = None,
) -> Pattern:
    """Turn ``"s'entretenir avec"`` or ``"imposer [sanction]"`` into a ``Pattern``.

    A bare word right before a ``[set]`` is the preposition introducing it; other bare words
    ("faire part de [inquiétude]", "mettre fin à [négociation]") are required complements of
    their own; a bare word at the end names the preposition of the target. A set's
    ``@name`` stands for the words of that class (``classes``).
    """
    words = normalise(text).replace("'[", "' [").split()
    reflexive = False
    if words and words[0] in reflexives:
        reflexive, words = True, words[1:]
    elif words and "'" in words[0] and words[0].split("'")[0] + "'" in reflexives:
        reflexive, words = True, [words[0].split("'", 1)[1], *words[1:]]
    if not words:
        raise LexiconError(f"{rule}: empty pattern {text!r}")
    trigger, rest = words[0], words[1:]
    steps: list[Step] = []
    pending: list[str] = []
    for word in rest:
        found = _SET.match(word)
        if found is None:
            pending.append(word)
            continue
        steps.extend(Step(frozenset({w})) for w in pending[:-1])
        preposition = contractions.get(pending[-1], pending[-1]) if pending else None
        lemmas = _set_words(found.group(1).split("|"), rule, classes or {})
        steps.append(Step(lemmas, preposition))
        pending = []
    steps.extend(Step(frozenset({w})) for w in pending[:-1])
    target = contractions.get(pending[-1], pending[-1]) if pending else None
    return Pattern(
        rule=rule,
        entry_id=str(entry["id"]),
        code=str(entry["code"]),
        kind=kind,
        text=text,
        trigger=trigger,
        reflexive=reflexive,
        steps=tuple(steps),
        target_preposition=target,
        symmetric=bool(entry.get("symmetric", False)),
        reciprocal=bool(entry.get("symmetric", False) or entry.get("reciprocal", False)),
        negated_code=str(entry["negated"]) if entry.get("negated") else None,
        reverse_code=str(entry["reverse"]) if entry.get("reverse") else None,
        joint_code=str(entry["joint"]) if entry.get("joint") else None,
        needs_target=bool(entry.get("needs_target", False)),
        targetless=bool(entry.get("targetless", False)),
        state=bool(entry.get("state", False)),
        reports=bool(entry.get("reports", False)),
        complement_event=bool(entry.get("complement_event", False)),
        destination=bool(entry.get("destination", False)),
        of_is_target=entry.get("of") == "target",
    )


@dataclass(frozen=True)
class Enactment:
    """Verbs that enact or announce an act named by its noun, and those nouns' verbs."""

    verbs: tuple[str, ...] = ()
    nouns: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, language: str) -> Enactment:
        """``events/enacted.yaml``: optional, a language without it reads no such act."""
        if not lexicon_path(language, "events/enacted.yaml").exists():
            return cls()
        data = load_yaml(language, "events/enacted.yaml") or {}
        nouns = {normalise(n): normalise(v) for n, v in (data.get("nouns") or {}).items()}
        return cls(tuple(normalise(v) for v in data.get("verbs") or ()), nouns)


def enacted_patterns(patterns: dict[str, list[Pattern]], enactment: Enactment) -> list[Pattern]:
    """Each verb pattern of a verb an act's noun names, read on every enacting verb with the
    noun as its first complement: "convoquer [ambassadeur]" gives "annoncer [convocation]
    [ambassadeur]", whose subject convenes the ambassador. The noun takes no reflexive ("se
    retirer de [accord]" gives "annoncer [retrait] de [accord]"); a reporting or state
    pattern says nothing an enacting verb could decide."""
    made: list[Pattern] = []
    for noun, verb in enactment.nouns.items():
        for pattern in patterns.get(verb, ()):
            if pattern.kind != "verb" or pattern.reports or pattern.state:
                continue
            for enacting in enactment.verbs:
                made.append(
                    replace(
                        pattern,
                        text=f"{enacting} [{noun}] ({pattern.text})",
                        trigger=enacting,
                        reflexive=False,
                        steps=(Step(frozenset({noun})), *pattern.steps),
                        enacted=True,
                    )
                )
    return made


def load_event_lexicon(
    language: str,
    known_codes: set[str],
    reflexives: frozenset[str],
    contractions: dict[str, str],
    verb_forms: VerbForms | None = None,
) -> EventLexicon:
    """Every root file of a language, checked: known codes, unique ids, examples present."""
    lexicon = EventLexicon()
    classes = load_word_classes(language)
    for root in ROOTS:
        name = f"events/{root}.yaml"
        if not lexicon_path(language, name).exists():
            continue
        seen: set[str] = set()
        for entry in load_yaml(language, name) or []:
            entry_id = str(entry.get("id", ""))
            rule = f"{language}/{name}#{entry_id}"
            code = str(entry.get("code", ""))
            if not entry_id or entry_id in seen:
                raise LexiconError(f"{rule}: missing or duplicate id")
            if code not in known_codes or not code.startswith(root):
                raise LexiconError(f"{rule}: code {code!r} is not a CAMEO code of root {root}")
            seen.add(entry_id)
            lexicon.entries += 1
            for kind in ("verbs", "nouns"):
                for text in entry.get(kind) or []:
                    pattern = parse_pattern(
                        text,
                        rule=rule,
                        entry=entry,
                        kind=kind[:-1],
                        reflexives=reflexives,
                        contractions=contractions,
                        classes=classes,
                    )
                    lexicon.patterns.setdefault(pattern.trigger, []).append(pattern)
            examples = entry.get("examples") or ([entry["example"]] if "example" in entry else [])
            if not examples:
                raise LexiconError(f"{rule}: no example sentence")
            for example in examples:
                lexicon.examples.append(
                    Example(
                        rule=rule,
                        text=example["text"],
                        code=str(example.get("code", code)),
                        source=example.get("source"),
                        target=example.get("target"),
                        published=example.get("published"),
                    )
                )
    for pattern in enacted_patterns(lexicon.patterns, Enactment.load(language)):
        lexicon.patterns.setdefault(pattern.trigger, []).append(pattern)
    for patterns in lexicon.patterns.values():
        patterns.sort(key=lambda p: p.rank)
    lexicon.build_index(verb_forms or VerbForms())
    return lexicon


# Files whose entries act only through their own trigger words (see faits.lexicons.snapshot).
ENTRY_FILES = tuple(f"events/{root}.yaml" for root in ROOTS)


def entry_requirements(lexicon: EventLexicon) -> dict[str, set[str]]:
    """Per entry (``events/04.yaml#rencontrer``), what an article must hold for one of its
    patterns to fire at all: per pattern, its trigger word and, for each complement that is not
    ``[*]``, one of the complement's words (a pattern is only tried on a token whose key is its
    trigger or one of the trigger's written forms, and a complement is only found among words
    with one of its keys). One string per pattern: the groups separated by tabs, a group's
    words by ``|``, the trigger group first.
    """
    written: dict[str, list[str]] = {}
    for form, triggers in lexicon.forms.items():
        for trigger in triggers:
            written.setdefault(trigger, []).append(form)
    found: dict[str, set[str]] = {}
    for trigger, patterns in lexicon.patterns.items():
        for pattern in patterns:
            keys = [trigger, *written.get(trigger, ())] if pattern.kind == "verb" else [trigger]
            groups = ["|".join(sorted(keys))]
            groups += ["|".join(sorted(s.lemmas)) for s in pattern.steps if ANY not in s.lemmas]
            found.setdefault(pattern.rule.split("/", 1)[1], set()).add("\t".join(groups))
    return found
