"""Speech frames: the words that attribute speech ("a déclaré", "selon X") and what they govern.

A frame has a trigger (a speech verb matched by lemma, or an attribution cue), the token
heading its speaker, and, for indirect speech, the character range of the reported clause:
after the complementizer for "a déclaré que …", the rest of the sentence after "selon X,",
or the clause before the comma for incises ("…, rapporte le correspondant de …").
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property

import numpy as np
from spacy.attrs import LEMMA, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from faits.quotes.speakers import (
    SpeakerContext,
    inverted_subject,
    is_incise,
    left_subject,
    phrase_bounds,
    subject_of,
)
from faits.tokens import dependents, feature

VERB_TAGS = frozenset({"VERB"})
# How many tokens after a cue its noun may come ("d'après des responsables libanais").
CUE_OBJECT_WINDOW = 4
# How far after a speech verb its complementizer may come ("a déclaré lors d'une interview que").
COMPLEMENTIZER_WINDOW = 15
# What ends a sentence and is not part of what was said ("28 %" keeps its sign).
FINAL_PUNCTUATION = frozenset({".", "!", "?", "…", ",", ";", ":", "-", "—", "–"})
CLOSING = frozenset({"»", "”", '"', "«", "“"})
ATTACHED_DEPS = frozenset({"aux:tense", "aux:pass", "expl:pv", "expl:comp"})


class SentenceIndex:
    """Token index → contract sentence index, by bisection over sentence starts."""

    def __init__(self, sentences: list[Span]) -> None:
        self.starts = [s.start for s in sentences]

    def __getitem__(self, token: int) -> int:
        return max(0, bisect_right(self.starts, token) - 1)

    def get(self, token: int, default: int | None = None) -> int | None:
        return self[token] if self.starts else default


@dataclass
class Frame:
    """One attribution of speech in a sentence."""

    trigger_start: int
    trigger_end: int
    verb: str
    sentence_index: int
    speaker_head: Token | None
    content: tuple[int, int] | None = None
    incise: bool = False
    cue: bool = False
    used: bool = False


@dataclass(frozen=True)
class FrameLexicon:
    speech_lemmas: frozenset[str]
    speech_forms: frozenset[str]
    speech_ids: tuple[int, ...]
    cues: tuple[tuple[str, ...], ...]
    complementizers: frozenset[str]
    negations: frozenset[str]
    speaker_lemmas: frozenset[str]

    def is_speech_verb(self, token: Token) -> bool:
        """By lemma, or by written form for verbs the lemmatizer does not know."""
        return token.lemma_.lower() in self.speech_lemmas or token.lower_ in self.speech_forms

    @cached_property
    def id_array(self) -> np.ndarray:
        """``speech_ids`` as the array ``candidate_verbs`` searches, built once per model."""
        return np.array(self.speech_ids, dtype=np.uint64)

    def has_cue(self, text: str) -> bool:
        """Whether the last word of some cue occurs in ``text`` (a cue frame needs one)."""
        lowered = _norm(text)
        return any(cue[-1] in lowered for cue in self.cues)

    def candidate_verbs(self, doc: Doc) -> list[int]:
        """Token indices whose lemma or lower-cased form may be a speech verb, found on the
        doc's arrays without building a Token for every word."""
        rows = doc.to_array([LEMMA, LOWER])
        if not self.speech_ids or not len(rows):
            return []
        ids = (
            self.id_array if self.id_array.dtype == rows.dtype else self.id_array.astype(rows.dtype)
        )
        found = ids[np.minimum(np.searchsorted(ids, rows), len(ids) - 1)] == rows
        return np.flatnonzero(found.any(axis=1)).tolist()


def speech_ids(words: frozenset[str]) -> tuple[int, ...]:
    """Sorted string ids of speech verb lemmas and forms (as the parser stores them)."""
    return tuple(sorted(get_string_id(w) for w in words))


def _norm(text: str) -> str:
    return text.lower().replace("’", "'")


def verb_phrase(verb: Token) -> str:
    """The verb with its auxiliaries and reflexive clitic, as written: ``a déclaré``."""
    tokens = sorted([c for c in verb.lefts if c.dep_ in ATTACHED_DEPS] + [verb], key=lambda t: t.i)
    pieces: list[str] = []
    for token, following in zip(tokens, tokens[1:] + [None], strict=True):
        joined = following is not None and following.i == token.i + 1 and not token.whitespace_
        pieces.append(token.text + ("" if joined else " "))
    return "".join(pieces).strip()


def _trigger_start(verb: Token) -> int:
    return min([c.i for c in verb.lefts if c.dep_ in ATTACHED_DEPS] + [verb.i])


def _content_end(sent: Span, doc: Doc, start_token: int) -> int:
    """Char offset where a reported clause ends: the sentence end, before its final punctuation."""
    end = sent.end
    while end > start_token and (doc[end - 1].text in FINAL_PUNCTUATION or doc[end - 1].is_space):
        end -= 1
    return doc[end - 1].idx + len(doc[end - 1].text)


def _reported_clause(verb: Token, sent: Span, lexicon: FrameLexicon) -> tuple[int, int] | None:
    """Character range after the complementizer governed by ``verb``, if any."""
    doc = verb.doc
    if any(c.dep_ == "advmod" and _norm(c.text) in lexicon.negations for c in dependents(verb)):
        return None
    limit = min(sent.end, verb.i + COMPLEMENTIZER_WINDOW)
    for i in range(verb.i + 1, limit):
        token = doc[i]
        if _norm(token.text) in lexicon.complementizers and token.pos_ in ("SCONJ", "PRON"):
            if i + 1 >= sent.end:
                return None
            return doc[i + 1].idx, _content_end(sent, doc, i + 1)
        if token.pos_ in VERB_TAGS or token.text in (":", "«", "“", '"', ".", ";"):
            return None
    return None


def _after_clause(verb: Token, sent: Span) -> bool:
    """Whether an incise verb follows something said: a closing quotation mark, or a clause
    with a verb of its own ("Les discussions ont duré cinq heures, rapporte …"), not a
    subject with its apposition ("Ri Yong Ho, ministre …, a démenti")."""
    doc = verb.doc
    i = _trigger_start(verb) - 1
    while i > sent.start and (doc[i].is_space or doc[i].text in (",", "-")):
        i -= 1
    if doc[i].text in CLOSING:
        return True
    return any(t.pos_ in ("VERB", "AUX") for t in doc[sent.start : i + 1])


def _incise_clause(verb: Token, sent: Span) -> tuple[int, int] | None:
    """The clause before ``…, a indiqué X``: from the sentence start to the comma."""
    doc = verb.doc
    i = _trigger_start(verb) - 1
    while i > sent.start and doc[i].is_space:
        i -= 1
    if i <= sent.start or doc[i].text != ",":
        return None
    return doc[sent.start].idx, doc[i - 1].idx + len(doc[i - 1].text)


def verb_frames(
    sent: Span,
    candidates: list[int],
    sentence_of: SentenceIndex,
    lexicon: FrameLexicon,
    context: SpeakerContext,
) -> list[Frame]:
    frames: list[Frame] = []
    doc = sent.doc
    for i in candidates:
        verb = doc[i]
        if not lexicon.is_speech_verb(verb):
            continue
        with_aux = any(c.dep_.startswith("aux") for c in dependents(verb))
        known_form = verb.lower_ in lexicon.speech_forms
        if verb.pos_ not in VERB_TAGS and not with_aux and not known_form:
            continue
        participle = "Part" in feature(verb, "VerbForm")
        if verb.dep_ in ("acl", "amod") and participle and not with_aux:
            continue
        content = _reported_clause(verb, sent, lexicon)
        incise = content is None and is_incise(verb, context, sent.start)
        incise = incise and _after_clause(verb, sent)
        if incise:
            subject = inverted_subject(verb, context, sent.start)
            found = subject_of(verb, context)
            if subject is None and found is not None and found.i > verb.i:
                subject = found
        else:
            subject = subject_of(verb, context)
            postposed = subject is not None and subject.i > verb.i and subject.pos_ != "PRON"
            if subject is None or postposed:
                subject = left_subject(verb, sent.start, context.people) or subject
        if content is None and incise:
            content = _incise_clause(verb, sent)
        frames.append(
            Frame(
                trigger_start=_trigger_start(verb),
                trigger_end=verb.i + 1,
                verb=verb_phrase(verb),
                sentence_index=sentence_of[verb.i],
                speaker_head=subject,
                content=content,
                incise=incise,
            )
        )
    return frames


def _is_speaker(head: Token, lexicon: FrameLexicon, context: SpeakerContext) -> bool:
    mention = context.mentions_by_token.get(head.i)
    return (
        head.pos_ == "PROPN"
        or head.ent_type_ in ("PER", "PERSON", "ORG")
        or (mention is not None and mention.code is not None)
        or head.lemma_.lower() in lexicon.speaker_lemmas
    )


def cue_frames(
    sent: Span, sentence_of: SentenceIndex, lexicon: FrameLexicon, context: SpeakerContext
) -> list[Frame]:
    """``selon X, …`` and ``…, selon X``: X is the speaker, the rest of the sentence the content."""
    doc = sent.doc
    frames: list[Frame] = []
    if not lexicon.has_cue(context.text[sent.start_char : sent.end_char]):
        return frames
    words = [_norm(t.text) for t in sent]
    for offset in range(len(words)):
        for cue in lexicon.cues:
            if tuple(words[offset : offset + len(cue)]) != cue:
                continue
            start = sent.start + offset
            end = start + len(cue)
            head = _cue_object(doc[start], end, sent)
            if head is None:
                continue
            if not _is_speaker(head, lexicon, context):
                continue
            _, phrase_end = phrase_bounds(head)
            if start == sent.start or doc[start - 1].pos_ == "CCONJ":
                following = _after_source(end, phrase_end, sent, context)
                if following >= sent.end:
                    continue
                content = (doc[following].idx, _content_end(sent, doc, following))
            elif doc[start - 1].text == "," and start - 1 > sent.start:
                content = (doc[sent.start].idx, doc[start - 2].idx + len(doc[start - 2].text))
            else:
                continue
            frames.append(
                Frame(start, end, doc[start:end].text, sentence_of[start], head, content, cue=True)
            )
    return frames


def _cue_object(cue: Token, end: int, sent: Span) -> Token | None:
    """The noun a cue introduces: the cue's head in the parse, or, when the parser hung the
    cue elsewhere, the first noun after it before any punctuation."""
    nominal = ("NOUN", "PROPN", "PRON")
    head = cue.head
    if end <= head.i < sent.end and head.pos_ in nominal:
        return head
    for token in cue.doc[end : min(sent.end, end + CUE_OBJECT_WINDOW)]:
        if token.is_punct:
            return None
        if token.pos_ in nominal:
            return token
    return None


def _after_source(cue_end: int, phrase_end: int, sent: Span, context: SpeakerContext) -> int:
    """Where the clause after ``Selon X,`` starts: after the first comma, and after a person's
    name in apposition ("Selon le procureur, Rémy Heitz, rien …"); without a comma, after X."""
    doc = sent.doc
    comma = next((t.i for t in doc[cue_end : sent.end] if t.text == ","), None)
    if comma is None:
        following = phrase_end
    else:
        following = comma + 1
        for person in context.people:
            if person.start == following and person.end < sent.end and doc[person.end].text == ",":
                following = person.end + 1
    while following < sent.end and (doc[following].is_punct or doc[following].is_space):
        following += 1
    return following


def _governs(verb: Token, other: Token) -> bool:
    """Whether ``other`` lies in the clause reported by ``verb`` (reported speech in reported
    speech stays inside the outer quote)."""
    step = other
    while step.head.i != step.i:
        if step.head.i == verb.i:
            return step.dep_ != "conj"
        step = step.head
    return False


TERMINAL = frozenset({".", "!", "?", "…", "»", "”", '"', ":", ";"})


def logical_sentences(sentences: list[Span], text: str) -> list[Span]:
    """Sentences with the parser's spurious breaks mended: a sentence that does not end in
    terminal punctuation, or is followed by a comma or a lower-case word ("… », a déclaré"),
    runs on into the next one of the same paragraph."""
    if not sentences:
        return []
    doc = sentences[0].doc
    merged: list[Span] = []
    start = sentences[0].start
    for sent, following in zip(sentences, sentences[1:] + [None], strict=True):
        if following is not None:
            gap = text[sent.end_char : following.start_char]
            first = following[0].text[:1]
            runs_on = sent[-1].text not in TERMINAL or first.islower() or first in ",;)"
            if runs_on and "\n" not in gap:
                continue
        merged.append(doc[start : sent.end])
        if following is not None:
            start = following.start
    return merged


def find_frames(
    sentences: list[Span], text: str, lexicon: FrameLexicon, context: SpeakerContext
) -> list[Frame]:
    """Every speech frame of the article, in text order, reported clauses cut at the next frame."""
    frames: list[Frame] = []
    if not sentences:
        return frames
    sentence_of = SentenceIndex(sentences)
    verbs = lexicon.candidate_verbs(sentences[0].doc)
    # A sentence holds a cue only if the article does: most articles skip the per-sentence test.
    cues = lexicon.has_cue(text)
    for sent in logical_sentences(sentences, text):
        inside = verbs[bisect_right(verbs, sent.start - 1) : bisect_right(verbs, sent.end - 1)]
        in_sentence = verb_frames(sent, inside, sentence_of, lexicon, context)
        if cues:
            in_sentence += cue_frames(sent, sentence_of, lexicon, context)
        in_sentence.sort(key=lambda f: f.trigger_start)
        doc = sent.doc
        for frame, following in zip(in_sentence, in_sentence[1:], strict=False):
            if frame.content is None or frame.incise:
                continue
            start, end = frame.content
            if not following.cue and _governs(
                doc[frame.trigger_end - 1], doc[following.trigger_end - 1]
            ):
                following.used = start <= doc[following.trigger_start].idx <= end
                continue
            cut = following.trigger_start
            head = following.speaker_head
            if head is not None and head.i < cut and doc[head.left_edge.i].idx > start:
                cut = head.left_edge.i
            if start < doc[cut].idx <= end:
                last = doc[cut - 1]
                while last.i > 0 and (last.is_punct or last.pos_ == "CCONJ"):
                    last = doc[last.i - 1]
                frame.content = (start, max(start, last.idx + len(last.text)))
        frames.extend(in_sentence)
    return frames
