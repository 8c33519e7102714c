"""The system side of an evaluation: run the real pipeline on gold texts, read its records.

``code_gold_texts`` codes every gold text whose language faits can code (identified from
the text when the gold does not say; each language's texts parsed in one ``nlp.pipe``
batch, models loaded once) and marks the others "language not supported", so English gold
sets run through the same command and score as misses. With ``$FAITS_PARSE_CACHE`` set, the
parses come from and go to that folder (``faits.eval.parses``). The ``system_*`` functions turn a ``CodedArticle`` into the scorers' items.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from faits.eval.labels import plover_label
from faits.eval.parses import ParseCache
from faits.eval.scoring import EventItem, SpanItem, modality_flags
from faits.ingest.language import identify_language
from faits.ingest.prepare import PreparedArticle, text_hash
from faits.lexicons import available_languages
from faits.models import ModelCache
from faits.nlp.parse import parse_texts
from faits.pipeline import code_doc
from faits.records import Article, CodedArticle

UNSUPPORTED = "language not supported"
# A folder where gold texts' parses are kept between runs (``faits eval --parse-cache``).
PARSE_CACHE_VARIABLE = "FAITS_PARSE_CACHE"


@dataclass(frozen=True)
class GoldText:
    """The text of one gold record, with what the pipeline needs to code it."""

    record: str
    text: str
    language: str | None
    published: str | None = None


@dataclass(frozen=True)
class SystemOutput:
    """What faits produced for one gold text, or why it produced nothing."""

    coded: CodedArticle | None
    note: str | None = None


def gold_article(gold: GoldText) -> Article:
    """A gold text as the article the pipeline codes (also the attachment trainer's input)."""
    return Article(
        article_id=gold.record,
        url=None,
        title=None,
        site=None,
        published=gold.published,
        published_source="input" if gold.published else "unknown",
        language=gold.language,
        text=gold.text,
        status="coded",
    )


def code_gold_texts(
    texts: Iterable[GoldText], cache: ModelCache | None = None
) -> dict[str, SystemOutput]:
    """Code each gold text with the full pipeline; unsupported languages get a note."""
    cache = cache or ModelCache()
    supported = set(available_languages())
    outputs: dict[str, SystemOutput] = {}
    by_language: dict[str, list[GoldText]] = {}
    for gold in texts:
        language = gold.language or identify_language(gold.text).language
        if language in supported:
            by_language.setdefault(language, []).append(replace(gold, language=language))
        else:
            note = f"{UNSUPPORTED}: {language or 'unknown'}"
            outputs[gold.record] = SystemOutput(None, note)
    for language, group in by_language.items():
        models = cache.get(language)
        folder = os.environ.get(PARSE_CACHE_VARIABLE)
        group_texts = [g.text for g in group]
        if folder:
            docs = ParseCache(Path(folder), models.nlp).parse(group_texts)
        else:
            docs = parse_texts(models.nlp, group_texts)
        for gold, doc in zip(group, docs, strict=True):
            article = gold_article(gold)
            prepared = PreparedArticle(article, (), gold.record, text_hash(gold.text))
            outputs[gold.record] = SystemOutput(code_doc(prepared, doc, models))
    return outputs


def system_events(coded: CodedArticle | None) -> list[EventItem]:
    if coded is None:
        return []
    return [
        EventItem(
            cameo=event.cameo,
            source=event.source.code if event.source else None,
            target=event.target.code if event.target else None,
            plover=plover_label(event.plover.type) if event.plover else None,
            trigger=event.trigger.text,
            rule=event.rule,
            modality=modality_flags(vars(event.modality)) if event.modality else frozenset(),
        )
        for event in coded.events
    ]


def system_mentions(coded: CodedArticle | None, kind: str) -> list[SpanItem]:
    """Mentions of one kind (``actor``, ``place``, ``time``) with their resolution as attrs."""
    if coded is None:
        return []
    return [
        SpanItem(m.text, m.start, m.end, dict(m.resolved or {}, rule=m.rule))
        for m in coded.mentions
        if m.kind == kind
    ]


def system_quotes(coded: CodedArticle | None) -> list[SpanItem]:
    if coded is None:
        return []
    items = []
    for quote in coded.quotes:
        speaker = quote.speaker
        attrs = {
            "kind": quote.kind,
            "speaker": (speaker.name or speaker.text) if speaker else None,
            "speaker_code": speaker.code if speaker else None,
        }
        items.append(SpanItem(quote.text, quote.start, quote.end, attrs))
    return items
