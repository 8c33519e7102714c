"""Who is speaking: the subject of a speech verb or cue, trimmed to a name and coded.

The parser is right about subjects most of the time, but news sentences put long
appositions between a name and its verb ("Heather Nauert, porte-parole du Département
d'État, a déclaré …") and invert subjects in incises ("a-t-elle déclaré", "rapporte le
correspondant de …"), where the parse is often wrong. So the dependency subject is tried
first, then a scan of the comma-separated stretch left of the verb. The actor stage's
mentions give the code; pronouns take the name and code of their antecedent.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from faits.actors import ActorMention
from faits.records import Speaker
from faits.tokens import dependents, feature

SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "expl:subj"})
# Dependents that are not part of the speaker's own noun phrase.
NOT_IN_PHRASE = frozenset(
    {"appos", "acl", "acl:relcl", "punct", "advcl", "parataxis", "conj", "cc", "dislocated"}
)
# Tokens that may stand between a speaker and its verb without being the speaker.
VERB_SATELLITES = frozenset({"AUX", "ADV", "PART", "SCONJ"})
CLITIC_DEPS = frozenset({"expl:comp", "expl:pv", "iobj", "obj", "advmod", "aux:tense", "aux:pass"})
CLOSING_MARKS = frozenset({"»", "”", '"', "«"})
# What precedes an incise verb, and the dependencies the parser gives its postposed subject.
INCISE_OPENERS = frozenset({",", "»", "«", "”", '"', "—", "–", ")"})
POSTPOSED_DEPS = frozenset({"nsubj", "nsubj:pass", "obj", "appos", "expl:subj", "nmod", "ROOT"})
# A verb without a subject of its own takes its governor's: coordinated verbs, gerunds, and
# verbs the parser hung under their auxiliary.
GOVERNED_DEPS = frozenset({"conj", "advcl", "xcomp", "obj"})
# How many tokens back a pronoun looks for a subject to refer to.
ANTECEDENT_WINDOW = 80
# Entity labels of spaCy models that name people.
PERSON_LABELS = frozenset({"PER", "PERSON"})


@dataclass(frozen=True)
class SpeakerGuess:
    """A speaker found in the text, with the token where it was found."""

    text: str
    start: int
    end: int
    name: str | None
    code: str | None
    role: str | None
    token: int
    plural: bool = False

    def to_record(self) -> Speaker:
        return Speaker(self.code, self.name, self.text, self.start, self.end, self.role)


@dataclass
class SpeakerContext:
    """What speaker finding needs about one article, built once per article."""

    doc: Doc
    mentions_by_token: dict[int, ActorMention]
    pronouns: dict[str, tuple[str, str | None]]
    history: list[SpeakerGuess]
    quoted: set[int]
    text: str
    complementizers: frozenset[str]

    @cached_property
    def people(self) -> list[Span]:
        """Person entities of the doc, read only when a speaker is looked for."""
        return [e for e in self.doc.ents if e.label_ in PERSON_LABELS]

    @classmethod
    def build(
        cls,
        doc: Doc,
        mentions: list[ActorMention],
        pronouns: dict[str, tuple[str, str | None]],
        text: str | None = None,
        complementizers: frozenset[str] = frozenset(),
    ) -> SpeakerContext:
        by_token: dict[int, ActorMention] = {}
        for mention in mentions:
            for i in range(mention.token_start, mention.token_end):
                by_token.setdefault(i, mention)
        text = doc.text if text is None else text
        return cls(doc, by_token, pronouns, [], set(), text, complementizers)

    def pronoun_number(self, token: Token) -> str | None:
        entry = self.pronouns.get(token.lower_.strip("-"))
        return entry[0] if entry else None

    def pronoun_gender(self, token: Token) -> str | None:
        entry = self.pronouns.get(token.lower_.strip("-"))
        return entry[1] if entry else None


def _is_word(token: Token) -> bool:
    bare = token.lower_.strip("-")
    return any(c.isalpha() for c in bare) and bare != "t" and not token.is_punct


def subject_of(verb: Token, context: SpeakerContext) -> Token | None:
    """The grammatical subject of a speech verb, including inverted clitics (``-il``); a
    verb without one ("en déclarant que …") takes its governor's."""
    candidates = [c for c in dependents(verb) if c.dep_ in SUBJECT_DEPS and _is_word(c)]
    if not candidates and verb.dep_ in GOVERNED_DEPS and verb.head.i != verb.i:
        candidates = [c for c in dependents(verb.head) if c.dep_ in SUBJECT_DEPS and _is_word(c)]
    named = [c for c in candidates if c.pos_ != "PRON" or context.pronoun_number(c)]
    if named and named[-1].i > verb.i:
        return named[-1]
    proper = [c for c in named if c.pos_ == "PROPN"]
    if proper or named:
        return (proper or named)[0]
    return None


def _is_verb_satellite(token: Token, context: SpeakerContext) -> bool:
    """Auxiliaries, clitics, euphonic ``-t-`` and adverbs that sit around an incise verb."""
    bare = token.lower_.strip("-")
    return (
        token.is_space
        or token.pos_ in ("AUX", "ADV")
        or token.dep_.startswith("aux")
        or token.dep_ in ("expl:pv", "expl:comp")
        or bare in ("", "t")
        or context.pronoun_number(token) is not None
    )


def is_incise(verb: Token, context: SpeakerContext, stop: int) -> bool:
    """A verb right after a comma or closing mark: ``…, a dit le ministre``, ``» , a-t-elle dit``
    (``stop``: the first token of the sentence)."""
    doc = verb.doc
    i = verb.i - 1
    while i >= stop and _is_verb_satellite(doc[i], context):
        i -= 1
    return i >= stop and doc[i].text in INCISE_OPENERS


def inverted_subject(verb: Token, context: SpeakerContext, stop: int) -> Token | None:
    """The subject of an incise verb: a clitic pronoun around it (``a-t-elle déclaré``,
    ``déclare-t-il``) or the noun phrase after it (``a indiqué le ministère``)."""
    doc = verb.doc
    i = verb.i - 1
    while i >= stop and _is_verb_satellite(doc[i], context):
        if context.pronoun_number(doc[i]) is not None:
            return doc[i]
        i -= 1
    end = min(len(doc), verb.i + 8)
    for token in doc[verb.i + 1 : end]:
        if token.is_space:
            continue
        if context.pronoun_number(token) is not None:
            return token
        reported = token.lower_.replace("’", "'") in context.complementizers
        if token.text in (",", ":", ";", ".") or reported:
            return None
        if token.pos_ in ("NOUN", "PROPN") and token.dep_ in POSTPOSED_DEPS:
            determined = any(c.dep_ == "det" for c in dependents(token))
            if token.pos_ == "PROPN" or determined or token.i in context.mentions_by_token:
                return token
    return None


def left_subject(verb: Token, stop: int, people: list[Span]) -> Token | None:
    """The speaker left of ``verb`` when the parse gives none: skip the verb's satellites and
    appositions between commas, and take the last name (or noun phrase) before them."""
    doc = verb.doc
    i = verb.i - 1
    while i >= stop and (
        doc[i].pos_ in VERB_SATELLITES or doc[i].dep_ in CLITIC_DEPS or doc[i].is_space
    ):
        i -= 1
    if i >= stop and doc[i].text in CLOSING_MARKS:
        return None
    segments: list[tuple[int, int]] = []
    end = i + 1
    while i >= stop and len(segments) < 3:
        if doc[i].text == ",":
            if end > i + 1:
                segments.append((i + 1, end))
            end = i
        i -= 1
    if end > stop:
        segments.append((stop, end))
    for seg_start, seg_end in segments:
        first = doc[seg_start]
        if first.pos_ == "VERB":
            continue  # a participial apposition: "X, venu assister à la séance, a écrit"
        if first.pos_ in ("ADP", "SCONJ", "CCONJ"):
            break
        for ent in people:
            if seg_start <= ent.start and ent.end <= seg_end:
                return ent.root
    if segments:
        seg_start, seg_end = segments[0]
        head = doc[seg_start:seg_end].root
        if head.pos_ in ("NOUN", "PROPN") and doc[seg_start].pos_ not in ("ADP", "VERB"):
            return head
    return None


def phrase_bounds(head: Token) -> tuple[int, int]:
    """Token range of ``head``'s own noun phrase: no appositions, clauses or adverbial tails."""
    lo = hi = head.i
    stack = [head]
    while stack:
        token = stack.pop()
        for child in dependents(token):
            if child.dep_ in NOT_IN_PHRASE or child.pos_ in ("ADV", "VERB", "AUX"):
                continue
            if token.i == head.i and (child.dep_.startswith("obl") or child.dep_ == "case"):
                continue
            stack.append(child)
            lo, hi = min(lo, child.i), max(hi, child.i)
    doc = head.doc
    while lo < hi and (doc[lo].is_punct or doc[lo].is_space or doc[lo].pos_ == "ADP"):
        lo += 1
    while hi > lo and (doc[hi].is_punct or doc[hi].is_space):
        hi -= 1
    return lo, hi + 1


def _trim_to_name(head: Token, lo: int, hi: int, people: list[Span]) -> tuple[int, int]:
    """Cut what the parser hung on a speaker's phrase: a fronted adverbial before a comma
    ("De son côté, Marine Le Pen"), anything after a comma or after the person's name
    ("le PDG X sur France Inter"), and widen it to the whole name when the head is in one."""
    doc = head.doc
    commas = [t.i for t in doc[lo : head.i] if t.text == ","]
    if commas:
        lo = commas[-1] + 1
    after = next((t.i for t in doc[head.i : hi] if t.text == ","), None)
    if after is not None:
        hi = after
    for ent in people:
        if ent.end <= lo or ent.start >= hi:
            continue
        if ent.start <= head.i < ent.end:
            return min(lo, ent.start), max(ent.end, min(hi, ent.end))
        if lo <= ent.start and ent.end <= hi:
            return lo, ent.end
    return lo, hi


def _appositive_name(head: Token) -> Span | None:
    for child in dependents(head):
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            lo, hi = phrase_bounds(child)
            return head.doc[lo:hi]
    return None


def _name_after_comma(end: int, doc: Doc, people: list[Span]) -> Span | None:
    """A person named right after the phrase: ``le ministre des Transports, Clément Beaune``."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    for ent in people:
        if ent.start == end + 1:
            return ent
    return None


def _appositive_role(head: Token) -> Span | None:
    for child in dependents(head):
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            lo, hi = phrase_bounds(child)
            hi = max(hi, child.right_edge.i + 1)
            span = head.doc[lo:hi]
            while len(span) and span[-1].is_punct:
                span = span[:-1]
            return span
    return None


def _role_between(head_end: int, verb: Token) -> Span | None:
    """An apposition between the speaker and the verb: ``Nauert, porte-parole …, a déclaré``."""
    doc = verb.doc
    lo, hi = head_end, verb.i
    while lo < hi and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].pos_ in VERB_SATELLITES):
        hi -= 1
    if hi - lo < 1 or doc[lo].pos_ not in ("NOUN", "DET", "ADJ"):
        return None
    return doc[lo:hi]


def _code_in(start: int, end: int, context: SpeakerContext) -> ActorMention | None:
    for i in range(start, end):
        mention = context.mentions_by_token.get(i)
        if mention is not None and mention.code:
            return mention
    return None


def _strip_determiner(span: Span) -> str:
    if len(span) > 1 and span[0].pos_ == "DET":
        return span[1:].text
    return span.text


def speaker_at(head: Token, context: SpeakerContext, verb: Token | None = None) -> SpeakerGuess:
    """The speaker whose noun phrase is headed by ``head`` (a pronoun takes its antecedent)."""
    number = context.pronoun_number(head) if head.pos_ == "PRON" else None
    if number is not None:
        return _resolve_pronoun(head, number, context)
    doc = context.doc
    lo, hi = phrase_bounds(head)
    mention = context.mentions_by_token.get(head.i)
    if mention is not None:
        lo, hi = min(lo, mention.token_start), max(hi, mention.token_end)
    lo, hi = _trim_to_name(head, lo, hi, context.people)
    span = doc[lo:hi]
    name: str | None = None
    role_span: Span | None = None
    for ent in context.people:
        inside = lo <= ent.start and ent.end <= hi
        attached = (
            lo <= ent.root.head.i < hi
            and ent.root.dep_ in ("appos", "flat:name", "nmod", "nsubj")
            and lo <= ent.start <= hi + 2
        )
        if inside or attached:
            name = ent.text
            if not inside and role_span is None:
                role_span = span
            break
    if name is None:
        following = _name_after_comma(hi, doc, context.people)
        if following is not None:
            name, role_span = following.text, span
    appositive = _appositive_name(head)
    if name is None and appositive is not None and head.pos_ == "NOUN":
        name, role_span = appositive.text, span
    if role_span is None:
        role_span = _appositive_role(head)
    if role_span is None and verb is not None and verb.i > hi:
        role_span = _role_between(hi, verb)
    coded = mention if mention is not None and mention.code else _code_in(lo, hi, context)
    if coded is None and role_span is not None:
        coded = _code_in(role_span.start, role_span.end, context)
    if name is None:
        name = (mention.name if mention is not None else None) or _strip_determiner(span)
    plural = feature(head, "Number") == ["Plur"]
    role = role_span.text if role_span is not None and role_span.text != span.text else None
    return SpeakerGuess(
        text=span.text,
        start=span.start_char,
        end=span.end_char,
        name=name,
        code=coded.code if coded is not None else None,
        role=role,
        token=head.i,
        plural=plural,
    )


def _agrees(token: Token, plural: bool, gender: str | None) -> bool:
    number = feature(token, "Number")
    if number and (number == ["Plur"]) != plural:
        return False
    # Only the determiner is trusted for gender: nouns like "ministre" are epicene.
    determiners = [feature(c, "Gender") for c in dependents(token) if c.dep_ == "det"]
    token_gender = next((g for g in determiners if g), None)
    return not (gender and token.pos_ == "NOUN" and token_gender and token_gender != [gender])


def _antecedent_candidates(pronoun: Token, context: SpeakerContext) -> list[tuple[int, object]]:
    """Earlier speakers, people named, and subjects of the previous sentences, by position."""
    doc = context.doc
    candidates: list[tuple[int, object]] = [
        (s.token, s) for s in context.history if s.token < pronoun.i
    ]
    candidates += [
        (ent.root.i, ent.root)
        for ent in context.people
        if ent.end <= pronoun.i
        and ent.root.i not in context.quoted
        and all(_is_word(t) for t in ent)
    ]
    for token in doc[max(0, pronoun.i - ANTECEDENT_WINDOW) : pronoun.i]:
        subject = token.dep_ in ("nsubj", "nsubj:pass") and token.pos_ in ("NOUN", "PROPN")
        if subject and _is_word(token) and token.i not in context.quoted:
            candidates.append((token.i, token))
    return sorted(candidates, key=lambda c: c[0])


def _resolve_pronoun(pronoun: Token, number: str, context: SpeakerContext) -> SpeakerGuess:
    """A subject pronoun takes the nearest earlier speaker, person or subject that agrees with
    it (quotes know who spoke last); the actor stage's reading when none does, and its code
    when the antecedent has none."""
    antecedent: SpeakerGuess | None = None
    plural = number == "plur"
    gender = context.pronoun_gender(pronoun)
    for _, candidate in reversed(_antecedent_candidates(pronoun, context)):
        if isinstance(candidate, SpeakerGuess):
            head = context.doc[candidate.token]
            if candidate.plural == plural and _agrees(head, plural, gender):
                antecedent = candidate
                break
        elif isinstance(candidate, Token) and _agrees(candidate, plural, gender):
            antecedent = speaker_at(candidate, context)
            break
    own = context.mentions_by_token.get(pronoun.i)
    if antecedent is None and own is not None and own.code and own.name:
        antecedent = SpeakerGuess(own.text, own.start, own.end, own.name, own.code, None, pronoun.i)
    elif antecedent is not None and antecedent.code is None and own is not None and own.code:
        antecedent = replace(antecedent, code=own.code)
    text, start, end = pronoun.text, pronoun.idx, pronoun.idx + len(pronoun.text)
    if text.startswith("-"):
        text, start = text[1:], start + 1
    if antecedent is None:
        return SpeakerGuess(text, start, end, None, None, None, pronoun.i, plural)
    return replace(antecedent, text=text, start=start, end=end, token=pronoun.i)
