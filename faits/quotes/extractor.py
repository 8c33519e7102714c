"""Extract quotes and their speakers: direct, indirect and mixed.

Quoted spans come from the quotation marks (``marks.py``), attributions from speech frames
(``frames.py``), speakers from the parse and the actor stage (``speakers.py``). A quoted
span becomes a direct quote when a frame attributes it: an incise right after it ("… »,
a-t-elle déclaré"), a verb before it in its sentence ("a dénoncé « … »", "a déclaré : « … »"),
a frame whose reported clause contains it, a previous sentence ending in a colon, or, for a
quote that opens a sentence, the speaker of the quote just before it. Short quoted
fragments inside a reported clause make that clause a mixed quote; a reported clause with no
quotation marks is an indirect quote. The rules are documented in docs/quotes.md.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property
from typing import cast

from spacy.attrs import IDX
from spacy.tokens import Doc

from faits.actors import ActorAnalysis
from faits.lexicons import load_yaml
from faits.nlp.document import ParsedArticle
from faits.quotes.frames import Frame, FrameLexicon, SentenceIndex, find_frames, speech_ids
from faits.quotes.marks import QuotedSpan, QuoteMarks
from faits.quotes.speakers import SpeakerContext, SpeakerGuess, speaker_at
from faits.records import Event, Quote

# A quoted fragment of fewer words is a phrase taken up in the reporter's sentence (mixed
# quote or scare quotes), not an utterance standing on its own.
MIN_DIRECT_WORDS = 4
# How many sentences back a quote opening a sentence may take the previous quote's speaker.
CARRY_OVER_SENTENCES = 2
# Tokens allowed between a closing mark and the verb of its incise ("» , a-t-elle déclaré").
INCISE_WINDOW = 6
# What may stand before a quote that opens a sentence: the end of the previous sentence.
OPENING_MARKS = ' \t\n\u00a0\u202f«“„"-—–'
SENTENCE_FINAL = '.!?…»”":\n'
# A closing mark followed by one of these ends the sentence: what follows is not an incise.
SENTENCE_ENDS = frozenset({".", ";", ":"})
# Tokens allowed between a speech verb and the quote it introduces.
INTRODUCTION_WINDOW = 12


@dataclass(frozen=True)
class QuoteModel:
    """Compiled quote lexicons of one language."""

    language: str
    marks: QuoteMarks
    frames: FrameLexicon
    pronouns: dict[str, tuple[str, str | None]]

    @classmethod
    def load(cls, language: str) -> QuoteModel:
        def words(name: str, key: str) -> frozenset[str]:
            found: set[str] = set()
            for entry in load_yaml(language, f"quotes/{name}"):
                values = entry[key] if isinstance(entry[key], list) else [entry[key]]
                found.update(str(v).lower().replace("’", "'") for v in values)
            return frozenset(found)

        cues = tuple(
            tuple(t.lower().replace("’", "'") for t in entry["tokens"])
            for entry in load_yaml(language, "quotes/cues.yaml")
        )
        lemmas = words("speech_verbs.yaml", "lemma")
        forms = frozenset(
            form.lower()
            for entry in load_yaml(language, "quotes/speech_verbs.yaml")
            for form in entry.get("forms", [])
        )
        frames = FrameLexicon(
            speech_lemmas=lemmas,
            speech_forms=forms,
            speech_ids=speech_ids(lemmas | forms),
            cues=cues,
            complementizers=words("complementizers.yaml", "words"),
            negations=words("negations.yaml", "words"),
            speaker_lemmas=words("speaker_nouns.yaml", "lemmas"),
        )
        pronouns = {
            e["word"]: (e["number"], e.get("gender"))
            for e in load_yaml(language, "quotes/pronouns.yaml")
        }
        marks = QuoteMarks.from_entries(load_yaml(language, "quotes/marks.yaml"))
        return cls(language, marks, frames, pronouns)


@dataclass
class _Found:
    kind: str
    start: int
    end: int
    frame: Frame | None
    speaker: SpeakerGuess | None


class _TokenIndex:
    """Character offset → token index, by bisection over token starts (read from the doc on
    first use: most articles have no quotation mark and no speech frame to place)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc

    @cached_property
    def starts(self) -> list[int]:
        return cast(list[int], self.doc.to_array([IDX]).ravel().tolist())

    def at(self, char: int) -> int:
        return max(0, bisect_right(self.starts, char) - 1)


def _word_count(text: str) -> int:
    return sum(1 for piece in text.split() if any(c.isalnum() for c in piece))


def _incise_after(span: QuotedSpan, frames: list[Frame], tokens: _TokenIndex) -> Frame | None:
    """A frame whose verb follows the closing mark, separated only by punctuation and clitics."""
    doc = tokens.doc
    mark = span.close_at if span.close_at is not None else span.inner_end
    first = tokens.at(mark) + 1 if span.close_at is not None else tokens.at(mark)
    for frame in frames:
        if not frame.incise or not first <= frame.trigger_start <= first + INCISE_WINDOW:
            continue
        between = doc[first : frame.trigger_start]
        if any(t.text in SENTENCE_ENDS for t in between):
            continue
        if all(t.is_punct or t.is_space or t.pos_ in ("AUX", "PRON", "ADV", "X") for t in between):
            return frame
    return None


def _incise_inside(span: QuotedSpan, frames: list[Frame]) -> Frame | None:
    """``« Nous resterons fermes, a-t-il ajouté, et nous gagnerons. »``"""
    for frame in frames:
        if frame.incise and not frame.cue and frame.speaker_head is not None:
            verb_char = frame.speaker_head.doc[frame.trigger_start].idx
            if span.inner_start < verb_char < span.inner_end:
                return frame
    return None


def _containing(span: QuotedSpan, frames: list[Frame]) -> Frame | None:
    for frame in frames:
        if (
            frame.content
            and frame.content[0] <= span.inner_start
            and span.inner_end <= frame.content[1] + 1
        ):
            return frame
    return None


def _introducing(
    span: QuotedSpan,
    frames: list[Frame],
    tokens: _TokenIndex,
    sentence_of: SentenceIndex,
    long_enough: bool,
) -> Frame | None:
    """A speech verb before the quote in its sentence, or ending the previous one with ':'.
    Short fragments need the colon: "a insisté sur un plan de « double gel »" quotes nobody."""
    doc = tokens.doc
    open_token = tokens.at(span.open_at if span.open_at is not None else span.inner_start)
    sentence = sentence_of.get(open_token)
    for frame in reversed(frames):
        if frame.cue or frame.trigger_end > open_token:
            continue
        between = doc[frame.trigger_end : open_token]
        same_sentence = frame.sentence_index == sentence
        close = len(between) <= INTRODUCTION_WINDOW and not any(t.pos_ == "VERB" for t in between)
        if same_sentence and close and long_enough:
            return frame
        if same_sentence and any(t.text == ":" for t in between[-3:]):
            return frame
        if sentence is not None and frame.sentence_index == sentence - 1:
            rest = [t for t in between if not t.is_space]
            if rest and rest[-1].text == ":":
                return frame
        if sentence is None or frame.sentence_index < sentence - 1:
            return None
    return None


def _quote_id(article_id: str, start: int, end: int) -> str:
    return hashlib.sha1(f"{article_id}:{start}:{end}".encode()).hexdigest()[:16]


def extract_quotes(parsed: ParsedArticle, actors: ActorAnalysis, model: QuoteModel) -> list[Quote]:
    """Direct, indirect and mixed quotes of one article, with speakers, in text order."""
    doc, text = parsed.doc, parsed.article.text
    tokens = _TokenIndex(doc)
    context = SpeakerContext.build(
        doc, actors.mentions, model.pronouns, text, model.frames.complementizers
    )
    frames = find_frames(parsed.sentences, text, model.frames, context)
    sentence_of = SentenceIndex(parsed.sentences)
    found: list[_Found] = []
    mixed_frames: set[int] = set()

    for span in model.marks.find(text):
        words = _word_count(text[span.inner_start : span.inner_end])
        frame = _incise_after(span, frames, tokens) or _incise_inside(span, frames)
        if frame is None and span.open_at is not None:
            container = _containing(span, frames)
            if container is not None and words < MIN_DIRECT_WORDS:
                mixed_frames.add(id(container))
                continue
            frame = container or _introducing(
                span, frames, tokens, sentence_of, words >= MIN_DIRECT_WORDS
            )
        if frame is None and (span.open_at is None or words < MIN_DIRECT_WORDS):
            continue
        if frame is not None:
            frame.used = True
        found.append(_Found("direct", span.inner_start, span.inner_end, frame, None))

    for frame in frames:
        if frame.used or frame.content is None:
            continue
        start, end = frame.content
        if any(f.start < end and start < f.end for f in found):
            continue
        kind = "mixed" if id(frame) in mixed_frames else "indirect"
        found.append(_Found(kind, start, end, frame, None))

    found.sort(key=lambda f: f.start)
    reported = [f.content for f in frames if f.content and not (f.incise and f.used)]
    for start, end in reported + [(f.start, f.end) for f in found]:
        context.quoted.update(range(tokens.at(start), tokens.at(max(start, end - 1)) + 1))
    _assign_speakers(found, context, parsed)
    return [_to_record(f, parsed, text) for f in found if f.speaker is not None]


def _follows_closely(previous: _Found, item: _Found, parsed: ParsedArticle) -> bool:
    """Whether ``item`` opens a sentence at most ``CARRY_OVER_SENTENCES`` sentences after
    ``previous`` ends (sentences made only of quotation marks do not count)."""
    text = parsed.article.text
    before = text[: item.start].rstrip(OPENING_MARKS)
    if before and before[-1] not in SENTENCE_FINAL:
        return False
    between = [
        s
        for s in parsed.sentences
        if previous.end <= s.start_char
        and s.end_char <= item.start
        and any(c.isalpha() for c in s.text)
    ]
    return len(between) < CARRY_OVER_SENTENCES


def _assign_speakers(found: list[_Found], context: SpeakerContext, parsed: ParsedArticle) -> None:
    """Speakers in text order, so that pronouns and unattributed follow-up quotes can look back."""
    previous: _Found | None = None
    for item in found:
        frame = item.frame
        if frame is not None and frame.speaker_head is not None:
            verb = context.doc[frame.trigger_end - 1]
            item.speaker = speaker_at(frame.speaker_head, context, None if frame.cue else verb)
        elif frame is None and previous is not None and _follows_closely(previous, item, parsed):
            item.speaker = previous.speaker
        if item.speaker is not None:
            context.history.append(item.speaker)
            previous = item


def _to_record(item: _Found, parsed: ParsedArticle, text: str) -> Quote:
    start, end = item.start, item.end
    while end > start and text[end - 1] in " ,":
        end -= 1
    speaker = item.speaker.to_record() if item.speaker is not None else None
    return Quote(
        quote_id=_quote_id(parsed.article_id, start, end),
        article_id=parsed.article_id,
        sentence_index=parsed.sentence_index_at(start),
        kind=item.kind,
        text=text[start:end],
        start=start,
        end=end,
        speaker=speaker,
        verb=item.frame.verb if item.frame is not None else None,
        language=parsed.language,
    )


def link_events_to_quotes(events: list[Event], quotes: list[Quote]) -> None:
    """Set ``quote_id`` on events said inside a quote or coded on the verb that reports it."""
    for event in events:
        for quote in quotes:
            inside = quote.start <= event.trigger.start < quote.end
            reporting = (
                quote.verb is not None
                and quote.speaker is not None
                and event.sentence_index == quote.sentence_index
                and quote.verb.split()[-1] == event.trigger.text
            )
            if inside or reporting:
                event.quote_id = quote.quote_id
                break
